import { MigrationInterface, QueryRunner } from 'typeorm';

/** An office's own pace: staff raise it for an office that reads email all day, so letters go before the deadline. */
export class TargetPace1764700100000 implements MigrationInterface {
  name = 'TargetPace1764700100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "target" ADD "messagesPerHour" integer CONSTRAINT "target_messages_per_hour_check" CHECK ("messagesPerHour" BETWEEN 1 AND 3600)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "target" DROP COLUMN "messagesPerHour"`);
  }
}
