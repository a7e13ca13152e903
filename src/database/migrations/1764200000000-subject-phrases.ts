import { MigrationInterface, QueryRunner } from 'typeorm';

/** How each language's letters name the people at risk mid-sentence. */
export class SubjectPhrases1764200000000 implements MigrationInterface {
  name = 'SubjectPhrases1764200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "urgent_action" ADD "subjectPhrases" jsonb NOT NULL DEFAULT '{}'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "urgent_action" DROP COLUMN "subjectPhrases"`);
  }
}
