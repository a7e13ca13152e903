import { MigrationInterface, QueryRunner } from 'typeorm';

/** The notification outbox, its shared rendered content, fan-outs, section opt-outs, and targets' deliverability flag. */
export class Notifications1763920000000 implements MigrationInterface {
  name = 'Notifications1763920000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of [
      `CREATE TABLE "notification_content" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "dedupeKey" text NOT NULL, "language" text NOT NULL, "subject" text NOT NULL, "textBody" text NOT NULL, "htmlBody" text NOT NULL, "fromName" text, "replyToName" text, "replyToAddress" text, "cc" text array, "headers" jsonb, "faxNumber" text, "attachmentName" text, "attachment" bytea, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_3eefeeafd2e04f8fa29404d1646" UNIQUE ("dedupeKey"), CONSTRAINT "PK_c5ac9122155bf749e1baafcb3c1" PRIMARY KEY ("id"))`,
      `CREATE TYPE "public"."notification_fanout_kind" AS ENUM('action published', 'update posted')`,
      `CREATE TYPE "public"."notification_fanout_status" AS ENUM('pending', 'done', 'cancelled', 'failed')`,
      `CREATE TABLE "notification_fanout" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" "public"."notification_fanout_kind" NOT NULL, "status" "public"."notification_fanout_status" NOT NULL DEFAULT 'pending', "dedupeKey" text NOT NULL, "actionId" uuid NOT NULL, "updateId" uuid, "stopWriting" boolean NOT NULL DEFAULT false, "cursor" text, "messagesCreated" integer NOT NULL DEFAULT '0', "lastError" text, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "settledAt" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_03d780d4539ad5f0d899f37d040" UNIQUE ("dedupeKey"), CONSTRAINT "PK_1b946909ff328107898ba2de41d" PRIMARY KEY ("id"))`,
      `CREATE TYPE "public"."notification_kind" AS ENUM('deadline reminder', 'new action notice', 'update notice', 'target message')`,
      `CREATE TYPE "public"."delivery_status" AS ENUM('queued', 'sent', 'failed', 'cancelled', 'held')`,
      `CREATE TABLE "notification_outbox" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" "public"."notification_kind" NOT NULL, "status" "public"."delivery_status" NOT NULL DEFAULT 'queued', "dedupeKey" text NOT NULL, "recipient" text NOT NULL, "recipientName" text, "actionId" uuid, "updateId" uuid, "sectionId" uuid, "supporterId" uuid, "targetId" uuid, "fanoutId" uuid, "contentId" uuid, "reminderDaysBefore" integer, "dueAt" TIMESTAMP WITH TIME ZONE NOT NULL, "unsubscribeUrl" text, "appealRecordId" uuid, "attempts" integer NOT NULL DEFAULT '0', "lastError" text, "messageId" text, "settledAt" TIMESTAMP WITH TIME ZONE, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_34c39c9e7fef8c917f1ad128683" UNIQUE ("dedupeKey"), CONSTRAINT "PK_83d47c7dba1da2d038749fe757e" PRIMARY KEY ("id"))`,
      `CREATE INDEX "notification_outbox_supporter_idx" ON "notification_outbox"("supporterId")`,
      `CREATE INDEX "notification_outbox_action_idx" ON "notification_outbox"("actionId", "status")`,
      `CREATE INDEX "notification_outbox_queued_idx" ON "notification_outbox"("dueAt") WHERE "status" = 'queued'`,
      `CREATE TABLE "section_opt_out" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "sectionId" uuid NOT NULL, "email" text NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_485213fd89599628162a9e8f199" PRIMARY KEY ("id"))`,
      `CREATE UNIQUE INDEX "section_opt_out_unique_idx" ON "section_opt_out"("sectionId", "email")`,
      `ALTER TABLE "target" ADD "emailUndeliverableAt" TIMESTAMP WITH TIME ZONE`,
      `ALTER TABLE "target" ADD "emailUndeliverableReason" text`,
      `ALTER TABLE "notification_fanout" ADD CONSTRAINT "FK_c63e2dc9e6ae243eb184abe4a7e" FOREIGN KEY ("actionId") REFERENCES "urgent_action"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
      `ALTER TABLE "notification_fanout" ADD CONSTRAINT "FK_41a6fbad91e42d10a6d94ae6859" FOREIGN KEY ("updateId") REFERENCES "action_update"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
      `ALTER TABLE "notification_outbox" ADD CONSTRAINT "FK_ade3411e1f87d40717ae78646fc" FOREIGN KEY ("actionId") REFERENCES "urgent_action"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
      `ALTER TABLE "notification_outbox" ADD CONSTRAINT "FK_199033b161406ceb92228889bd1" FOREIGN KEY ("updateId") REFERENCES "action_update"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
      `ALTER TABLE "notification_outbox" ADD CONSTRAINT "FK_7fb958eb4ff6b563be9a6b5f42d" FOREIGN KEY ("sectionId") REFERENCES "section"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
      `ALTER TABLE "notification_outbox" ADD CONSTRAINT "FK_951d48d60e0ea41a91d1f393d72" FOREIGN KEY ("supporterId") REFERENCES "supporter"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
      `ALTER TABLE "notification_outbox" ADD CONSTRAINT "FK_3ea0778fd9233caba6949ec9966" FOREIGN KEY ("targetId") REFERENCES "target"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
      `ALTER TABLE "notification_outbox" ADD CONSTRAINT "FK_383be75c900ea7a4fbc6d5adfc7" FOREIGN KEY ("fanoutId") REFERENCES "notification_fanout"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
      `ALTER TABLE "notification_outbox" ADD CONSTRAINT "FK_63927e1dec63d10cdd7381c922e" FOREIGN KEY ("contentId") REFERENCES "notification_content"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
      `ALTER TABLE "notification_outbox" ADD CONSTRAINT "FK_notification_outbox_appeal_record" FOREIGN KEY ("appealRecordId") REFERENCES "appeal_record"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
      `ALTER TABLE "section_opt_out" ADD CONSTRAINT "FK_fc0676493318434843808cfd14e" FOREIGN KEY ("sectionId") REFERENCES "section"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    ]) {
      await queryRunner.query(statement);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const statement of [
      `ALTER TABLE "section_opt_out" DROP CONSTRAINT "FK_fc0676493318434843808cfd14e"`,
      `ALTER TABLE "notification_outbox" DROP CONSTRAINT "FK_notification_outbox_appeal_record"`,
      `ALTER TABLE "notification_outbox" DROP CONSTRAINT "FK_63927e1dec63d10cdd7381c922e"`,
      `ALTER TABLE "notification_outbox" DROP CONSTRAINT "FK_383be75c900ea7a4fbc6d5adfc7"`,
      `ALTER TABLE "notification_outbox" DROP CONSTRAINT "FK_3ea0778fd9233caba6949ec9966"`,
      `ALTER TABLE "notification_outbox" DROP CONSTRAINT "FK_951d48d60e0ea41a91d1f393d72"`,
      `ALTER TABLE "notification_outbox" DROP CONSTRAINT "FK_7fb958eb4ff6b563be9a6b5f42d"`,
      `ALTER TABLE "notification_outbox" DROP CONSTRAINT "FK_199033b161406ceb92228889bd1"`,
      `ALTER TABLE "notification_outbox" DROP CONSTRAINT "FK_ade3411e1f87d40717ae78646fc"`,
      `ALTER TABLE "notification_fanout" DROP CONSTRAINT "FK_41a6fbad91e42d10a6d94ae6859"`,
      `ALTER TABLE "notification_fanout" DROP CONSTRAINT "FK_c63e2dc9e6ae243eb184abe4a7e"`,
      `ALTER TABLE "target" DROP COLUMN "emailUndeliverableReason"`,
      `ALTER TABLE "target" DROP COLUMN "emailUndeliverableAt"`,
      `DROP INDEX "public"."section_opt_out_unique_idx"`,
      `DROP TABLE "section_opt_out"`,
      `DROP INDEX "public"."notification_outbox_queued_idx"`,
      `DROP INDEX "public"."notification_outbox_action_idx"`,
      `DROP INDEX "public"."notification_outbox_supporter_idx"`,
      `DROP TABLE "notification_outbox"`,
      `DROP TYPE "public"."delivery_status"`,
      `DROP TYPE "public"."notification_kind"`,
      `DROP TABLE "notification_fanout"`,
      `DROP TYPE "public"."notification_fanout_status"`,
      `DROP TYPE "public"."notification_fanout_kind"`,
      `DROP TABLE "notification_content"`,
    ]) {
      await queryRunner.query(statement);
    }
  }
}
