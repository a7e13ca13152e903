import { MigrationInterface, QueryRunner } from 'typeorm';

/** A fan-out's rows are woken fifty to a job: the row says which job, so the reconciler can tell whether it still exists. */
export class OutboxSendBatches1764800000000 implements MigrationInterface {
  name = 'OutboxSendBatches1764800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "notification_outbox" ADD "sendBatchId" uuid`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "notification_outbox" DROP COLUMN "sendBatchId"`);
  }
}
