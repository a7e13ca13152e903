import { MigrationInterface, QueryRunner } from 'typeorm';

/** A first-run setup link for the first admin, and demonstration actions kept apart from real ones. */
export class FirstRun1764100000000 implements MigrationInterface {
  name = 'FirstRun1764100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of [
      `CREATE TABLE "first_run_setup" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tokenHash" text NOT NULL, "expiresAt" TIMESTAMP WITH TIME ZONE NOT NULL, "usedAt" TIMESTAMP WITH TIME ZONE, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_first_run_setup" PRIMARY KEY ("id"), CONSTRAINT "UQ_first_run_setup_token" UNIQUE ("tokenHash"))`,
      `ALTER TABLE "urgent_action" ADD "isDemonstration" boolean NOT NULL DEFAULT false`,
    ]) {
      await queryRunner.query(statement);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "urgent_action" DROP COLUMN "isDemonstration"`);
    await queryRunner.query(`DROP TABLE "first_run_setup"`);
  }
}
