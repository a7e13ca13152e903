import { MigrationInterface, QueryRunner } from 'typeorm';

/** A section's translation of a letter waits for staff approval before supporters' letters use it. */
export class TranslationApproval1763950000000 implements MigrationInterface {
  name = 'TranslationApproval1763950000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of [
      `ALTER TABLE "letter_template" ADD "approvedAt" TIMESTAMP WITH TIME ZONE`,
      `ALTER TABLE "letter_template" ADD "approvedById" uuid`,
      `ALTER TABLE "letter_template" ADD CONSTRAINT "FK_1dba9f48d003a5efa1ad0dc32ee" FOREIGN KEY ("approvedById") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    ]) {
      await queryRunner.query(statement);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const statement of [
      `ALTER TABLE "letter_template" DROP CONSTRAINT "FK_1dba9f48d003a5efa1ad0dc32ee"`,
      `ALTER TABLE "letter_template" DROP COLUMN "approvedById"`,
      `ALTER TABLE "letter_template" DROP COLUMN "approvedAt"`,
    ]) {
      await queryRunner.query(statement);
    }
  }
}
