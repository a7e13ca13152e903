import { MigrationInterface, QueryRunner } from 'typeorm';

/** Letter templates (an action's own letter per language, and the sections' translations of it) and letter settings. */
export class Letters1763910000000 implements MigrationInterface {
  name = 'Letters1763910000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of [
      `CREATE TABLE "letter_template" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "language" text NOT NULL, "subjectLine" text, "salutation" text, "paragraphs" jsonb NOT NULL, "asks" text, "closing" text, "version" integer NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "actionId" uuid NOT NULL, "sectionId" uuid, CONSTRAINT "PK_50c04255bee2e17cc53282772df" PRIMARY KEY ("id"))`,
      `CREATE UNIQUE INDEX "letter_template_unique_idx" ON "letter_template"("actionId", "sectionId", "language") NULLS NOT DISTINCT`,
      `ALTER TABLE "letter_template" ADD CONSTRAINT "FK_d145be894a00a24fcb25617b606" FOREIGN KEY ("actionId") REFERENCES "urgent_action"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
      `ALTER TABLE "letter_template" ADD CONSTRAINT "FK_bf07fa518bf39b497797701528f" FOREIGN KEY ("sectionId") REFERENCES "section"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
      `CREATE TABLE "letter_settings" ("actionId" uuid NOT NULL, "copyTargetsOnCc" boolean NOT NULL DEFAULT false, CONSTRAINT "PK_letter_settings" PRIMARY KEY ("actionId"))`,
      `ALTER TABLE "letter_settings" ADD CONSTRAINT "FK_fb9634074ea8607c8bdb41ee27b" FOREIGN KEY ("actionId") REFERENCES "urgent_action"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    ]) {
      await queryRunner.query(statement);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "letter_settings"`);
    await queryRunner.query(`DROP TABLE "letter_template"`);
  }
}
