import { MigrationInterface, QueryRunner } from 'typeorm';

/** Letters the system sends wait for their writer's consent: one request per writer, target and action, and the mailed link. */
export class WriterConsent1764500000000 implements MigrationInterface {
  name = 'WriterConsent1764500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "writer_confirmation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "writerEmail" text NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expiresAt" TIMESTAMP WITH TIME ZONE NOT NULL, "confirmedAt" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_af980cc5c39e3e0ab48149e761d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "writer_confirmation_open_idx" ON "writer_confirmation" ("writerEmail", "expiresAt") WHERE "confirmedAt" IS NULL`,
    );
    await queryRunner.query(
      `CREATE TABLE "letter_request" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "actionId" uuid NOT NULL, "targetId" uuid NOT NULL, "sectionId" uuid, "channel" text NOT NULL, "status" text NOT NULL DEFAULT 'awaiting confirmation', "writerEmail" text NOT NULL, "letter" jsonb, "requesterIp" text, "supporterId" uuid, "confirmationId" uuid, "appealRecordId" uuid, "cancelReason" text, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "confirmedAt" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_0e2568cab60d8246d0ce7cb38dc" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "letter_request_ip_day_idx" ON "letter_request" ("requesterIp", "createdAt")`);
    await queryRunner.query(`CREATE INDEX "letter_request_email_day_idx" ON "letter_request" ("writerEmail", "createdAt")`);
    await queryRunner.query(`CREATE UNIQUE INDEX "letter_request_writer_idx" ON "letter_request" ("actionId", "targetId", "writerEmail")`);
    await queryRunner.query(
      `ALTER TABLE "letter_request" ADD CONSTRAINT "FK_990b9badea9fbd243e0d446f246" FOREIGN KEY ("actionId") REFERENCES "urgent_action"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "letter_request" ADD CONSTRAINT "FK_792a143707d7c12b621ba4334ae" FOREIGN KEY ("targetId") REFERENCES "target"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "letter_request" ADD CONSTRAINT "FK_08ee34d62310f6d113cb5a8bac4" FOREIGN KEY ("supporterId") REFERENCES "supporter"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "letter_request" ADD CONSTRAINT "FK_6719da376cf2ebb67c279e06b39" FOREIGN KEY ("confirmationId") REFERENCES "writer_confirmation"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "letter_request" ADD CONSTRAINT "FK_af7f4b405761105744b7e10d8e3" FOREIGN KEY ("appealRecordId") REFERENCES "appeal_record"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`ALTER TYPE "public"."notification_kind" ADD VALUE 'writer confirmation'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const kinds = `'deadline reminder', 'new action notice', 'update notice', 'target message', 'digest'`;
    await queryRunner.query(`DELETE FROM "notification_outbox" WHERE "kind" = 'writer confirmation'`);
    await queryRunner.query(`DELETE FROM "notification_content" WHERE "dedupeKey" LIKE 'writer-confirmation:%'`);
    await queryRunner.query(`CREATE TYPE "public"."notification_kind_old" AS ENUM(${kinds})`);
    await queryRunner.query(
      `ALTER TABLE "notification_outbox" ALTER COLUMN "kind" TYPE "public"."notification_kind_old" USING "kind"::"text"::"public"."notification_kind_old"`,
    );
    await queryRunner.query(`DROP TYPE "public"."notification_kind"`);
    await queryRunner.query(`ALTER TYPE "public"."notification_kind_old" RENAME TO "notification_kind"`);
    await queryRunner.query(`DROP TABLE "letter_request"`);
    await queryRunner.query(`DROP TABLE "writer_confirmation"`);
  }
}
