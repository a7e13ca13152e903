import { MigrationInterface, QueryRunner } from 'typeorm';

/** What the workers last learned about the SMTP relay itself, shown to staff on the delivery report. */
export class MailRelayState1764400000000 implements MigrationInterface {
  name = 'MailRelayState1764400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "mail_relay_state" ("relay" text NOT NULL, "problem" text, "failingSince" TIMESTAMP WITH TIME ZONE, "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_88d7ee9b7897912ff943fd8e836" PRIMARY KEY ("relay"))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "mail_relay_state"`);
  }
}
