import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A target may print several email addresses: all are kept in order, with those that bounced, and `email` stays the
 * first deliverable one that every sender uses. An action's deadline may be a working one (the document asked for
 * appeals "immediately") that staff must confirm before publishing.
 */
export class TargetEmailsAndWorkingDeadlines1764120000000 implements MigrationInterface {
  name = 'TargetEmailsAndWorkingDeadlines1764120000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of [
      `ALTER TABLE "target" ADD "emails" text array NOT NULL DEFAULT '{}'`,
      `ALTER TABLE "target" ADD "undeliverableEmails" text array NOT NULL DEFAULT '{}'`,
      `UPDATE "target" SET "emails" = ARRAY["email"] WHERE "email" IS NOT NULL`,
      `UPDATE "target" SET "undeliverableEmails" = ARRAY["email"] WHERE "email" IS NOT NULL AND "emailUndeliverableAt" IS NOT NULL`,
      `ALTER TABLE "urgent_action" ADD "appealDeadlineConfirmed" boolean NOT NULL DEFAULT true`,
    ]) {
      await queryRunner.query(statement);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const statement of [
      `ALTER TABLE "urgent_action" DROP COLUMN "appealDeadlineConfirmed"`,
      `ALTER TABLE "target" DROP COLUMN "undeliverableEmails"`,
      `ALTER TABLE "target" DROP COLUMN "emails"`,
    ]) {
      await queryRunner.query(statement);
    }
  }
}
