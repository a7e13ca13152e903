import { MigrationInterface, QueryRunner } from 'typeorm';

/** Replies officials send back about an action, recorded by staff and sections. */
export class OfficialReplies1764700200000 implements MigrationInterface {
  name = 'OfficialReplies1764700200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "official_reply" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "actionId" uuid NOT NULL, "targetId" uuid NOT NULL, "receivedOn" date NOT NULL, "channel" text NOT NULL, "summary" text NOT NULL, "isPublic" boolean NOT NULL DEFAULT false, "attachmentName" text, "attachmentType" text, "attachment" bytea, "sectionId" uuid, "recordedByUserId" uuid, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_024e0450e4459cf223391c75526" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "official_reply_recorder_idx" ON "official_reply" ("recordedByUserId")`);
    await queryRunner.query(`CREATE INDEX "official_reply_section_idx" ON "official_reply" ("sectionId")`);
    await queryRunner.query(`CREATE INDEX "official_reply_target_idx" ON "official_reply" ("targetId")`);
    await queryRunner.query(`CREATE INDEX "official_reply_action_idx" ON "official_reply" ("actionId", "receivedOn")`);
    await queryRunner.query(
      `ALTER TABLE "official_reply" ADD CONSTRAINT "FK_415bdb5677d80d50238b7e19a01" FOREIGN KEY ("actionId") REFERENCES "urgent_action"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "official_reply" ADD CONSTRAINT "FK_d9eb120cec249c2cdb8965291b2" FOREIGN KEY ("targetId") REFERENCES "target"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "official_reply" ADD CONSTRAINT "FK_aeb0970cfbc89ed6eb4310be2af" FOREIGN KEY ("sectionId") REFERENCES "section"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "official_reply" ADD CONSTRAINT "FK_ded6dd3d4e5f2f4d53a165645a2" FOREIGN KEY ("recordedByUserId") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "official_reply"`);
  }
}
