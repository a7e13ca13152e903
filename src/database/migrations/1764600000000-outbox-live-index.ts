import { MigrationInterface, QueryRunner } from 'typeorm';

/** The outbox rows still to act on (queued, held), by kind: counted at every metrics scrape without reading the sent history. */
export class OutboxLiveIndex1764600000000 implements MigrationInterface {
  name = 'OutboxLiveIndex1764600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "notification_outbox_live_idx" ON "notification_outbox" ("kind", "status") WHERE "status" IN ('queued', 'held')`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "notification_outbox_live_idx"`);
  }
}
