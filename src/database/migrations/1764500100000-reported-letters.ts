import { MigrationInterface, QueryRunner } from 'typeorm';

/** "I've sent it" counts once per writer, target, action and channel; writer and IP kept only as keyed hashes. */
export class ReportedLetters1764500100000 implements MigrationInterface {
  name = 'ReportedLetters1764500100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "reported_letter" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "actionId" uuid NOT NULL, "targetId" uuid NOT NULL, "channel" text NOT NULL, "writerKey" text NOT NULL, "requesterKey" text NOT NULL, "appealRecordId" uuid, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_e07d0df58bff9aad9ef0e895d7f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "reported_letter_requester_day_idx" ON "reported_letter" ("requesterKey", "createdAt")`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "reported_letter_writer_idx" ON "reported_letter" ("actionId", "targetId", "channel", "writerKey")`,
    );
    await queryRunner.query(
      `ALTER TABLE "reported_letter" ADD CONSTRAINT "FK_76c579735e3993dfe3ab9f8be84" FOREIGN KEY ("actionId") REFERENCES "urgent_action"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "reported_letter" ADD CONSTRAINT "FK_047e1d1961adad1b20240a19491" FOREIGN KEY ("targetId") REFERENCES "target"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "reported_letter" ADD CONSTRAINT "FK_9493a52903f57287b5cfafc10e6" FOREIGN KEY ("appealRecordId") REFERENCES "appeal_record"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "reported_letter"`);
  }
}
