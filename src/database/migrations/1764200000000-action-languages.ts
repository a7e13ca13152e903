import { MigrationInterface, QueryRunner } from 'typeorm';

/** An action's own text per language, and how each language's letters name the people at risk mid-sentence. */
export class ActionLanguages1764200000000 implements MigrationInterface {
  name = 'ActionLanguages1764200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "urgent_action" ADD "subjectPhrases" jsonb NOT NULL DEFAULT '{}'`);
    await queryRunner.query(`ALTER TABLE "urgent_action" ADD "translations" jsonb NOT NULL DEFAULT '{}'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "urgent_action" DROP COLUMN "translations"`);
    await queryRunner.query(`ALTER TABLE "urgent_action" DROP COLUMN "subjectPhrases"`);
  }
}
