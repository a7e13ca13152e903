import { MigrationInterface, QueryRunner } from 'typeorm';

/** Supporters choose how often they hear from us; daily and weekly summaries are planned per period. */
export class NoticeFrequency1763970000000 implements MigrationInterface {
  name = 'NoticeFrequency1763970000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of [
      `CREATE TYPE "public"."notice_frequency" AS ENUM('immediately', 'daily', 'weekly')`,
      `ALTER TABLE "supporter" ADD "noticeFrequency" "public"."notice_frequency" NOT NULL DEFAULT 'immediately'`,
      `CREATE TABLE "notice_digest" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "frequency" "public"."notice_frequency" NOT NULL, "periodStart" TIMESTAMP WITH TIME ZONE NOT NULL, "periodEnd" TIMESTAMP WITH TIME ZONE NOT NULL, "cursor" uuid, "messagesCreated" integer NOT NULL DEFAULT '0', "lastError" text, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "settledAt" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_1e995d8d879c526795e9aec212c" PRIMARY KEY ("id"))`,
      `CREATE UNIQUE INDEX "notice_digest_period_idx" ON "notice_digest" ("frequency", "periodEnd")`,
      `ALTER TYPE "public"."notification_kind" ADD VALUE 'digest'`,
    ]) {
      await queryRunner.query(statement);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const statement of [
      `DELETE FROM "notification_outbox" WHERE "kind" = 'digest'`,
      `CREATE TYPE "public"."notification_kind_old" AS ENUM('deadline reminder', 'new action notice', 'update notice', 'target message')`,
      `ALTER TABLE "notification_outbox" ALTER COLUMN "kind" TYPE "public"."notification_kind_old" USING "kind"::"text"::"public"."notification_kind_old"`,
      `DROP TYPE "public"."notification_kind"`,
      `ALTER TYPE "public"."notification_kind_old" RENAME TO "notification_kind"`,
      `DROP INDEX "public"."notice_digest_period_idx"`,
      `DROP TABLE "notice_digest"`,
      `ALTER TABLE "supporter" DROP COLUMN "noticeFrequency"`,
      `DROP TYPE "public"."notice_frequency"`,
    ]) {
      await queryRunner.query(statement);
    }
  }
}
