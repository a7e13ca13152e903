import { MigrationInterface, QueryRunner } from 'typeorm';

/** A supporter's consent to share their details with their section: off for everyone until they say so. */
export class SharesWithSection1764910000000 implements MigrationInterface {
  name = 'SharesWithSection1764910000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "supporter" ADD "sharesWithSection" boolean NOT NULL DEFAULT false`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "supporter" DROP COLUMN "sharesWithSection"`);
  }
}
