import { MigrationInterface, QueryRunner } from 'typeorm';

/** A supporter's sign-in link works once: using one voids it and every link mailed before it. */
export class SingleUseSignInLinks1764500200000 implements MigrationInterface {
  name = 'SingleUseSignInLinks1764500200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "supporter" ADD "signInLinkUsedAt" TIMESTAMP WITH TIME ZONE`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "supporter" DROP COLUMN "signInLinkUsedAt"`);
  }
}
