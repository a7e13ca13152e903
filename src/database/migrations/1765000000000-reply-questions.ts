import { MigrationInterface, QueryRunner } from 'typeorm';

/** "Did you get a reply?": one question per letter the system sent, its answer, and the writers who asked not to be asked. */
export class ReplyQuestions1765000000000 implements MigrationInterface {
  name = 'ReplyQuestions1765000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TYPE "public"."notification_kind" ADD VALUE IF NOT EXISTS 'reply question'`);
    await queryRunner.query(
      `CREATE TABLE "reply_question" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "appealRecordId" uuid NOT NULL, "actionId" uuid NOT NULL, "targetId" uuid NOT NULL, "letterSentAt" TIMESTAMP WITH TIME ZONE NOT NULL, "askedAt" TIMESTAMP WITH TIME ZONE NOT NULL, "answer" text, "answeredAt" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_942d110c8d8b19d54593d05ae44" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "reply_question_target_idx" ON "reply_question" ("targetId")`);
    await queryRunner.query(`CREATE INDEX "reply_question_action_idx" ON "reply_question" ("actionId", "targetId")`);
    await queryRunner.query(`CREATE UNIQUE INDEX "reply_question_appeal_record_idx" ON "reply_question" ("appealRecordId")`);
    await queryRunner.query(
      `CREATE TABLE "reply_question_opt_out" ("writerKey" text NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_557f3671f8fff025b3ce51e62ff" PRIMARY KEY ("writerKey"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "reply_question" ADD CONSTRAINT "FK_ab18c0390c02b933bc8018afcc2" FOREIGN KEY ("appealRecordId") REFERENCES "appeal_record"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "reply_question" ADD CONSTRAINT "FK_826169882deaffac46b604fd14a" FOREIGN KEY ("actionId") REFERENCES "urgent_action"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "reply_question" ADD CONSTRAINT "FK_bcf8ab45051179634ed356dcb03" FOREIGN KEY ("targetId") REFERENCES "target"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const kinds = `'deadline reminder', 'new action notice', 'update notice', 'target message', 'digest', 'writer confirmation', 'subscription confirmation', 'sign-in link', 'letter test'`;
    await queryRunner.query(`DROP TABLE "reply_question_opt_out"`);
    await queryRunner.query(`DROP TABLE "reply_question"`);
    await queryRunner.query(`DELETE FROM "notification_outbox" WHERE "kind" = 'reply question'`);
    await queryRunner.query(`DELETE FROM "notification_content" WHERE "dedupeKey" LIKE 'one-reader:reply-question:%'`);
    await queryRunner.query(`DROP INDEX IF EXISTS "notification_outbox_live_idx"`);
    await queryRunner.query(`CREATE TYPE "public"."notification_kind_old" AS ENUM(${kinds})`);
    await queryRunner.query(
      `ALTER TABLE "notification_outbox" ALTER COLUMN "kind" TYPE "public"."notification_kind_old" USING "kind"::"text"::"public"."notification_kind_old"`,
    );
    await queryRunner.query(`DROP TYPE "public"."notification_kind"`);
    await queryRunner.query(`ALTER TYPE "public"."notification_kind_old" RENAME TO "notification_kind"`);
    await queryRunner.query(
      `CREATE INDEX "notification_outbox_live_idx" ON "notification_outbox" ("kind", "status") WHERE "status" IN ('queued', 'held')`,
    );
  }
}
