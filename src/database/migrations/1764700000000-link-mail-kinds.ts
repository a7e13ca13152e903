import { MigrationInterface, QueryRunner } from 'typeorm';

/** Subscription confirmations and sign-in links go through the outbox instead of straight to SMTP inside the request. */
export class LinkMailKinds1764700000000 implements MigrationInterface {
  name = 'LinkMailKinds1764700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TYPE "public"."notification_kind" ADD VALUE IF NOT EXISTS 'subscription confirmation'`);
    await queryRunner.query(`ALTER TYPE "public"."notification_kind" ADD VALUE IF NOT EXISTS 'sign-in link'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const kinds = `'deadline reminder', 'new action notice', 'update notice', 'target message', 'digest', 'writer confirmation'`;
    await queryRunner.query(`DELETE FROM "notification_outbox" WHERE "kind" IN ('subscription confirmation', 'sign-in link')`);
    await queryRunner.query(`DELETE FROM "notification_content" WHERE "dedupeKey" LIKE 'one-reader:account:%'`);
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
