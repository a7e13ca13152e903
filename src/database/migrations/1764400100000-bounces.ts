import { MigrationInterface, QueryRunner } from 'typeorm';

/** A message the recipient's server sent back settles as 'bounced'; a supporter whose address bounced gets no more notices. */
export class Bounces1764400100000 implements MigrationInterface {
  name = 'Bounces1764400100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TYPE "public"."delivery_status" ADD VALUE 'bounced'`);
    await queryRunner.query(`ALTER TABLE "supporter" ADD "emailBouncedAt" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "supporter" ADD "emailBounceReason" text`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "supporter" DROP COLUMN "emailBounceReason"`);
    await queryRunner.query(`ALTER TABLE "supporter" DROP COLUMN "emailBouncedAt"`);
    // PostgreSQL cannot drop an enum value: the type is made again without it, bounced rows counted as failed.
    await queryRunner.query(`UPDATE "notification_outbox" SET "status" = 'failed' WHERE "status" = 'bounced'`);
    await queryRunner.query(`ALTER TYPE "public"."delivery_status" RENAME TO "delivery_status_old"`);
    await queryRunner.query(`CREATE TYPE "public"."delivery_status" AS ENUM('queued', 'sent', 'failed', 'cancelled', 'held')`);
    await queryRunner.query(`DROP INDEX "public"."notification_outbox_queued_idx"`);
    await queryRunner.query(`ALTER TABLE "notification_outbox" ALTER COLUMN "status" DROP DEFAULT`);
    await queryRunner.query(
      `ALTER TABLE "notification_outbox" ALTER COLUMN "status" TYPE "public"."delivery_status" USING "status"::"text"::"public"."delivery_status"`,
    );
    await queryRunner.query(`ALTER TABLE "notification_outbox" ALTER COLUMN "status" SET DEFAULT 'queued'`);
    await queryRunner.query(`CREATE INDEX "notification_outbox_queued_idx" ON "notification_outbox" ("dueAt") WHERE "status" = 'queued'`);
    await queryRunner.query(`DROP TYPE "public"."delivery_status_old"`);
  }
}
