import { MigrationInterface, QueryRunner } from 'typeorm';

/** Sections' webhook endpoints, and the deliveries of each event to each of them (the webhooks' outbox). */
export class Webhooks1765100000000 implements MigrationInterface {
  name = 'Webhooks1765100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "webhook_endpoint" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "sectionId" uuid, "url" text NOT NULL, "secret" text NOT NULL, "events" text array NOT NULL, "createdByUserId" uuid, "appealsScannedUntil" TIMESTAMP WITH TIME ZONE NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6c98112122b2b8a4f3984d2efa8" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "webhook_endpoint_section_idx" ON "webhook_endpoint" ("sectionId")`);
    await queryRunner.query(
      `CREATE TABLE "webhook_delivery" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "endpointId" uuid NOT NULL, "event" text NOT NULL, "dedupeKey" text NOT NULL, "body" text NOT NULL, "status" text NOT NULL DEFAULT 'queued', "attempts" integer NOT NULL DEFAULT '0', "lastStatusCode" integer, "lastError" text, "lastAttemptAt" TIMESTAMP WITH TIME ZONE, "deliveredAt" TIMESTAMP WITH TIME ZONE, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_7b41215100c7b1770a3a07bf92a" UNIQUE ("dedupeKey"), CONSTRAINT "PK_b1ae290239a778f12399db91354" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "webhook_delivery_queued_idx" ON "webhook_delivery" ("createdAt") WHERE "status" = 'queued'`);
    await queryRunner.query(`CREATE INDEX "webhook_delivery_endpoint_idx" ON "webhook_delivery" ("endpointId", "createdAt")`);
    await queryRunner.query(
      `ALTER TABLE "webhook_delivery" ADD CONSTRAINT "FK_aa80c1d0b71d372bd9d844ada20" FOREIGN KEY ("endpointId") REFERENCES "webhook_endpoint"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "webhook_endpoint" ADD CONSTRAINT "FK_50951283b98730c14017fed57ac" FOREIGN KEY ("sectionId") REFERENCES "section"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "webhook_delivery"`);
    await queryRunner.query(`DROP TABLE "webhook_endpoint"`);
  }
}
