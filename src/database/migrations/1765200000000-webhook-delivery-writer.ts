import { MigrationInterface, QueryRunner } from 'typeorm';

/** The writer a webhook delivery names: erasing them erases it, and it forgets them once it went. */
export class WebhookDeliveryWriter1765200000000 implements MigrationInterface {
  name = 'WebhookDeliveryWriter1765200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "webhook_delivery" ADD "supporterId" uuid`);
    await queryRunner.query(`CREATE INDEX "webhook_delivery_supporter_idx" ON "webhook_delivery" ("supporterId")`);
    await queryRunner.query(
      `ALTER TABLE "webhook_delivery" ADD CONSTRAINT "FK_db60054860fb58ce7324f3c6df0" FOREIGN KEY ("supporterId") REFERENCES "supporter"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "webhook_delivery" DROP CONSTRAINT "FK_db60054860fb58ce7324f3c6df0"`);
    await queryRunner.query(`DROP INDEX "webhook_delivery_supporter_idx"`);
    await queryRunner.query(`ALTER TABLE "webhook_delivery" DROP COLUMN "supporterId"`);
  }
}
