import { MigrationInterface, QueryRunner } from 'typeorm';

/** Staff letter test sends go through the outbox instead of straight to SMTP inside the request. */
export class LetterTestKind1764960000000 implements MigrationInterface {
  name = 'LetterTestKind1764960000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TYPE "public"."notification_kind" ADD VALUE IF NOT EXISTS 'letter test'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const kinds = `'deadline reminder', 'new action notice', 'update notice', 'target message', 'digest', 'writer confirmation', 'subscription confirmation', 'sign-in link'`;
    await queryRunner.query(`WITH gone AS (DELETE FROM "notification_outbox" WHERE "kind" = 'letter test' RETURNING "contentId")
      DELETE FROM "notification_content" WHERE "id" IN (SELECT "contentId" FROM gone)`);
    await queryRunner.query(`DROP INDEX IF EXISTS "notification_outbox_live_idx"`);
    await queryRunner.query(`CREATE TYPE "public"."notification_kind_old" AS ENUM(${kinds})`);
    await queryRunner.query(
      `ALTER TABLE "notification_outbox" ALTER COLUMN "kind" TYPE "public"."notification_kind_old" USING "kind"::"text"::"public"."notification_kind_old"`,
    );
    await queryRunner.query(`DROP TYPE "public"."notification_kind"`);
    await queryRunner.query(`ALTER TYPE "public"."notification_kind_old" RENAME TO "notification_kind"`);
    await queryRunner.query(
      `CREATE INDEX "notification_outbox_live_idx" ON "notification_outbox" ("kind", "status") WHERE "status" IN ('queued', 'held')`,
    );
  }
}
