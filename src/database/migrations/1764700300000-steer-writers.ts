import { MigrationInterface, QueryRunner } from 'typeorm';

/** Staff stop offering the system's sending to new writers for an office whose letters would pass the deadline. */
export class SteerWriters1764700300000 implements MigrationInterface {
  name = 'SteerWriters1764700300000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "action_target" ADD "systemSendingPausedAt" TIMESTAMP WITH TIME ZONE`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "action_target" DROP COLUMN "systemSendingPausedAt"`);
  }
}
