import { MigrationInterface, QueryRunner } from 'typeorm';

/** The Urgent Action domain: actions, subjects, targets, sections, supporters, subscriptions, appeals, updates. */
export class InitialSchema1763900000000 implements MigrationInterface {
  name = 'InitialSchema1763900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of [
      `CREATE TYPE "public"."target_role" AS ENUM('primary', 'copy')`,
      `CREATE TABLE "action_target" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "role" "public"."target_role" NOT NULL, "position" integer NOT NULL, "actionId" uuid NOT NULL, "targetId" uuid NOT NULL, "sectionId" uuid, CONSTRAINT "PK_6c5d38dcfa55866c3c765a96beb" PRIMARY KEY ("id"))`,
      `CREATE UNIQUE INDEX "action_target_unique_idx" ON "action_target"("actionId", "targetId", "sectionId") NULLS NOT DISTINCT`,
      `CREATE TYPE "public"."action_update_kind" AS ENUM('further information', 'deadline extension', 'outcome', 'stop action')`,
      `CREATE TYPE "public"."action_outcome" AS ENUM('released', 'released on bail', 'charges dropped', 'sentence commuted', 'not returned', 'stop action', 'no further action', 'executed', 'other')`,
      `CREATE TABLE "action_update" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "sequence" integer NOT NULL, "kind" "public"."action_update_kind" NOT NULL, "title" text NOT NULL, "body" text NOT NULL, "documentIndex" text, "asks" jsonb, "newAppealDeadline" TIMESTAMP WITH TIME ZONE, "outcome" "public"."action_outcome", "publishedAt" TIMESTAMP WITH TIME ZONE NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "actionId" uuid NOT NULL, CONSTRAINT "PK_40d41e727317ac0cdc2d4e166a7" PRIMARY KEY ("id"))`,
      `CREATE UNIQUE INDEX "action_update_sequence_idx" ON "action_update"("actionId", "sequence")`,
      `CREATE TYPE "public"."gender" AS ENUM('female', 'male', 'mixed', 'unknown', 'other')`,
      `CREATE TYPE "public"."subject_status" AS ENUM('at risk', 'detained', 'forcibly returned', 'disappeared', 'released', 'safe', 'executed', 'deceased', 'unknown')`,
      `CREATE TABLE "subject" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "position" integer NOT NULL, "name" text NOT NULL, "isGroup" boolean NOT NULL DEFAULT false, "groupSize" integer, "gender" "public"."gender" NOT NULL DEFAULT 'unknown', "genderPrinted" text, "isPseudonym" boolean NOT NULL DEFAULT false, "status" "public"."subject_status" NOT NULL DEFAULT 'at risk', "actionId" uuid NOT NULL, CONSTRAINT "PK_12eee115462e38d62e5455fc054" PRIMARY KEY ("id"))`,
      `CREATE INDEX "subject_action_position_idx" ON "subject"("actionId", "position")`,
      `CREATE TYPE "public"."risk_code" AS ENUM('forcible return', 'arbitrary detention', 'incommunicado detention', 'torture and other ill-treatment', 'enforced disappearance', 'forced labour', 'death penalty', 'unfair trial', 'medical concern', 'prisoner of conscience', 'fear for safety', 'harassment')`,
      `CREATE TYPE "public"."action_status" AS ENUM('draft', 'published', 'closed')`,
      `CREATE TABLE "urgent_action" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "reference" text, "documentIndex" text, "title" text NOT NULL, "country" character(2) NOT NULL, "summary" text NOT NULL, "body" text NOT NULL DEFAULT '', "additionalInformation" text NOT NULL DEFAULT '', "asks" jsonb NOT NULL DEFAULT '[]', "languages" text array NOT NULL DEFAULT '{}', "acceptsOwnLanguage" boolean NOT NULL DEFAULT true, "risks" "public"."risk_code" array NOT NULL DEFAULT '{}', "appealsAddressedTo" text, "invitesLocalDiplomaticCopies" boolean NOT NULL DEFAULT true, "lateAppealsAllowed" boolean NOT NULL DEFAULT false, "status" "public"."action_status" NOT NULL DEFAULT 'draft', "outcome" "public"."action_outcome", "issuedOn" date, "appealDeadline" TIMESTAMP WITH TIME ZONE NOT NULL, "appealDeadlineTimeZone" text NOT NULL, "embargoUntil" TIMESTAMP WITH TIME ZONE, "publishedAt" TIMESTAMP WITH TIME ZONE, "closedAt" TIMESTAMP WITH TIME ZONE, "appealGoal" integer, "version" integer NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_78b3b5f7c913415137e46670f2f" UNIQUE ("reference"), CONSTRAINT "PK_3ca24a5c9412220d2869056b96f" PRIMARY KEY ("id"))`,
      `CREATE INDEX "urgent_action_status_deadline_idx" ON "urgent_action"("status", "appealDeadline")`,
      `CREATE TABLE "section" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" text NOT NULL, "country" character(2) NOT NULL, "name" text NOT NULL, "languages" text array NOT NULL DEFAULT '{}', "timeZone" text NOT NULL, "contactEmail" text NOT NULL, "reminderEmails" text array NOT NULL DEFAULT '{}', "reminderDaysBefore" integer array NOT NULL DEFAULT '{7,2,0}', "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_cc06734cd7f5d4647288d590acb" UNIQUE ("code"), CONSTRAINT "PK_3c41d2d699384cc5e8eac54777d" PRIMARY KEY ("id"))`,
      `CREATE TYPE "public"."appeal_channel" AS ENUM('email', 'fax', 'post', 'mailto', 'other')`,
      `CREATE TABLE "appeal_record" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "channel" "public"."appeal_channel" NOT NULL, "letterCount" integer NOT NULL DEFAULT '1', "language" text, "messageId" text, "sentAt" TIMESTAMP WITH TIME ZONE NOT NULL, "recordedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "actionId" uuid NOT NULL, "targetId" uuid, "supporterId" uuid, "sectionId" uuid, CONSTRAINT "PK_c367357d2ff33153d90b914600c" PRIMARY KEY ("id"))`,
      `CREATE INDEX "appeal_record_action_idx" ON "appeal_record"("actionId", "sentAt")`,
      `CREATE TABLE "subscription" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "confirmedAt" TIMESTAMP WITH TIME ZONE, "unsubscribedAt" TIMESTAMP WITH TIME ZONE, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "supporterId" uuid NOT NULL, "actionId" uuid, CONSTRAINT "PK_8c3e00ebd02103caa1174cd5d9d" PRIMARY KEY ("id"))`,
      `CREATE UNIQUE INDEX "subscription_unique_idx" ON "subscription"("supporterId", "actionId") NULLS NOT DISTINCT`,
      `CREATE TABLE "supporter" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" text NOT NULL, "name" text NOT NULL, "city" text, "country" character(2), "language" text NOT NULL DEFAULT 'en', "sectionId" uuid, "confirmedAt" TIMESTAMP WITH TIME ZONE, "lastActiveAt" TIMESTAMP WITH TIME ZONE NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_2759473e63ba3a0e48d4a9c0d3c" UNIQUE ("email"), CONSTRAINT "PK_b4ea149cf1b7423bc33bbb0a74a" PRIMARY KEY ("id"))`,
      `CREATE TYPE "public"."target_kind" AS ENUM('head of state', 'head of government', 'minister', 'embassy', 'UN permanent mission', 'prosecutor', 'court', 'police', 'prison authority', 'ombudsperson', 'international organisation', 'other')`,
      `CREATE TABLE "target" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "honorific" text, "name" text NOT NULL, "title" text, "organisation" text, "kind" "public"."target_kind" NOT NULL, "country" character(2) NOT NULL, "addressLines" text array NOT NULL DEFAULT '{}', "faxPrinted" text, "fax" text, "phonePrinted" text, "phone" text, "emailPrinted" text, "email" text, "salutation" text, "preferredLanguage" text, "timeZone" text, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_9d962204b13c18851ea88fc72f3" PRIMARY KEY ("id"))`,
      `CREATE INDEX "target_search_idx" ON "target"("name", "organisation")`,
      `ALTER TABLE "action_target" ADD CONSTRAINT "FK_d1ec5e7e020feeef9590560a8dd" FOREIGN KEY ("actionId") REFERENCES "urgent_action"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
      `ALTER TABLE "action_target" ADD CONSTRAINT "FK_ba91bf2cebdf34f20ac302d8123" FOREIGN KEY ("targetId") REFERENCES "target"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
      `ALTER TABLE "action_target" ADD CONSTRAINT "FK_c075695a66fca655918b54872b6" FOREIGN KEY ("sectionId") REFERENCES "section"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
      `ALTER TABLE "action_update" ADD CONSTRAINT "FK_6fc20f9c69f4283d5ef0c05d5ba" FOREIGN KEY ("actionId") REFERENCES "urgent_action"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
      `ALTER TABLE "subject" ADD CONSTRAINT "FK_f76a4efa12439c6223c291d383f" FOREIGN KEY ("actionId") REFERENCES "urgent_action"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
      `ALTER TABLE "appeal_record" ADD CONSTRAINT "FK_a4dfa48a4a38c38200dcdc10eba" FOREIGN KEY ("actionId") REFERENCES "urgent_action"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
      `ALTER TABLE "appeal_record" ADD CONSTRAINT "FK_50c1e4cc3f370565a3e0793a5f2" FOREIGN KEY ("targetId") REFERENCES "target"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
      `ALTER TABLE "appeal_record" ADD CONSTRAINT "FK_1cff029ef71b1167d558030deb7" FOREIGN KEY ("supporterId") REFERENCES "supporter"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
      `ALTER TABLE "appeal_record" ADD CONSTRAINT "FK_0ccc4d73c4702491eafb82e04ef" FOREIGN KEY ("sectionId") REFERENCES "section"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
      `ALTER TABLE "subscription" ADD CONSTRAINT "FK_a3f152020c780b6c05dd1ac66c2" FOREIGN KEY ("supporterId") REFERENCES "supporter"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
      `ALTER TABLE "subscription" ADD CONSTRAINT "FK_da98fbd0f72a9c2790db7506c41" FOREIGN KEY ("actionId") REFERENCES "urgent_action"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    ]) {
      await queryRunner.query(statement);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const statement of [
      `ALTER TABLE "subscription" DROP CONSTRAINT "FK_da98fbd0f72a9c2790db7506c41"`,
      `ALTER TABLE "subscription" DROP CONSTRAINT "FK_a3f152020c780b6c05dd1ac66c2"`,
      `ALTER TABLE "appeal_record" DROP CONSTRAINT "FK_0ccc4d73c4702491eafb82e04ef"`,
      `ALTER TABLE "appeal_record" DROP CONSTRAINT "FK_1cff029ef71b1167d558030deb7"`,
      `ALTER TABLE "appeal_record" DROP CONSTRAINT "FK_50c1e4cc3f370565a3e0793a5f2"`,
      `ALTER TABLE "appeal_record" DROP CONSTRAINT "FK_a4dfa48a4a38c38200dcdc10eba"`,
      `ALTER TABLE "subject" DROP CONSTRAINT "FK_f76a4efa12439c6223c291d383f"`,
      `ALTER TABLE "action_update" DROP CONSTRAINT "FK_6fc20f9c69f4283d5ef0c05d5ba"`,
      `ALTER TABLE "action_target" DROP CONSTRAINT "FK_c075695a66fca655918b54872b6"`,
      `ALTER TABLE "action_target" DROP CONSTRAINT "FK_ba91bf2cebdf34f20ac302d8123"`,
      `ALTER TABLE "action_target" DROP CONSTRAINT "FK_d1ec5e7e020feeef9590560a8dd"`,
      `DROP INDEX "public"."target_search_idx"`,
      `DROP TABLE "target"`,
      `DROP TYPE "public"."target_kind"`,
      `DROP TABLE "supporter"`,
      `DROP INDEX "public"."subscription_unique_idx"`,
      `DROP TABLE "subscription"`,
      `DROP INDEX "public"."appeal_record_action_idx"`,
      `DROP TABLE "appeal_record"`,
      `DROP TYPE "public"."appeal_channel"`,
      `DROP TABLE "section"`,
      `DROP INDEX "public"."urgent_action_status_deadline_idx"`,
      `DROP TABLE "urgent_action"`,
      `DROP TYPE "public"."action_status"`,
      `DROP TYPE "public"."risk_code"`,
      `DROP INDEX "public"."subject_action_position_idx"`,
      `DROP TABLE "subject"`,
      `DROP TYPE "public"."subject_status"`,
      `DROP TYPE "public"."gender"`,
      `DROP INDEX "public"."action_update_sequence_idx"`,
      `DROP TABLE "action_update"`,
      `DROP TYPE "public"."action_outcome"`,
      `DROP TYPE "public"."action_update_kind"`,
      `DROP INDEX "public"."action_target_unique_idx"`,
      `DROP TABLE "action_target"`,
      `DROP TYPE "public"."target_role"`,
    ]) {
      await queryRunner.query(statement);
    }
  }
}
