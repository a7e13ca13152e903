import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Send leases (a row is claimed for a while by one worker, then settled, with no transaction held while SMTP
 * answers), and an index for every foreign key and per-message query: pacing reads a target's last slot.
 */
export class DeliveryLeases1764300000000 implements MigrationInterface {
  name = 'DeliveryLeases1764300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "notification_outbox" ADD "leaseExpiresAt" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "notification_outbox" ADD "leasedBy" text`);
    await queryRunner.query(`CREATE INDEX "action_target_section_idx" ON "action_target" ("sectionId")`);
    await queryRunner.query(`CREATE INDEX "action_target_target_idx" ON "action_target" ("targetId")`);
    await queryRunner.query(`CREATE INDEX "appeal_record_section_idx" ON "appeal_record" ("sectionId")`);
    await queryRunner.query(`CREATE INDEX "appeal_record_supporter_idx" ON "appeal_record" ("supporterId")`);
    await queryRunner.query(`CREATE INDEX "appeal_record_target_idx" ON "appeal_record" ("targetId")`);
    await queryRunner.query(`CREATE INDEX "auth_token_supporter_idx" ON "auth_token" ("supporterId")`);
    await queryRunner.query(`CREATE INDEX "auth_token_user_idx" ON "auth_token" ("userId")`);
    await queryRunner.query(`CREATE INDEX "letter_template_approved_by_idx" ON "letter_template" ("approvedById")`);
    await queryRunner.query(`CREATE INDEX "letter_template_section_idx" ON "letter_template" ("sectionId")`);
    await queryRunner.query(`CREATE INDEX "notification_fanout_action_idx" ON "notification_fanout" ("actionId")`);
    await queryRunner.query(`CREATE INDEX "notification_fanout_update_idx" ON "notification_fanout" ("updateId")`);
    await queryRunner.query(`CREATE INDEX "notification_outbox_appeal_record_idx" ON "notification_outbox" ("appealRecordId")`);
    await queryRunner.query(`CREATE INDEX "notification_outbox_content_idx" ON "notification_outbox" ("contentId")`);
    await queryRunner.query(`CREATE INDEX "notification_outbox_fanout_idx" ON "notification_outbox" ("fanoutId")`);
    await queryRunner.query(`CREATE INDEX "notification_outbox_section_idx" ON "notification_outbox" ("sectionId")`);
    await queryRunner.query(`CREATE INDEX "notification_outbox_target_idx" ON "notification_outbox" ("targetId", "dueAt")`);
    await queryRunner.query(`CREATE INDEX "notification_outbox_update_idx" ON "notification_outbox" ("updateId")`);
    await queryRunner.query(`CREATE INDEX "subscription_action_idx" ON "subscription" ("actionId")`);
    await queryRunner.query(`CREATE INDEX "user_account_section_idx" ON "user_account" ("sectionId")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "user_account_section_idx"`);
    await queryRunner.query(`DROP INDEX "subscription_action_idx"`);
    await queryRunner.query(`DROP INDEX "notification_outbox_update_idx"`);
    await queryRunner.query(`DROP INDEX "notification_outbox_target_idx"`);
    await queryRunner.query(`DROP INDEX "notification_outbox_section_idx"`);
    await queryRunner.query(`DROP INDEX "notification_outbox_fanout_idx"`);
    await queryRunner.query(`DROP INDEX "notification_outbox_content_idx"`);
    await queryRunner.query(`DROP INDEX "notification_outbox_appeal_record_idx"`);
    await queryRunner.query(`DROP INDEX "notification_fanout_update_idx"`);
    await queryRunner.query(`DROP INDEX "notification_fanout_action_idx"`);
    await queryRunner.query(`DROP INDEX "letter_template_section_idx"`);
    await queryRunner.query(`DROP INDEX "letter_template_approved_by_idx"`);
    await queryRunner.query(`DROP INDEX "auth_token_user_idx"`);
    await queryRunner.query(`DROP INDEX "auth_token_supporter_idx"`);
    await queryRunner.query(`DROP INDEX "appeal_record_target_idx"`);
    await queryRunner.query(`DROP INDEX "appeal_record_supporter_idx"`);
    await queryRunner.query(`DROP INDEX "appeal_record_section_idx"`);
    await queryRunner.query(`DROP INDEX "action_target_target_idx"`);
    await queryRunner.query(`DROP INDEX "action_target_section_idx"`);
    await queryRunner.query(`ALTER TABLE "notification_outbox" DROP COLUMN "leasedBy"`);
    await queryRunner.query(`ALTER TABLE "notification_outbox" DROP COLUMN "leaseExpiresAt"`);
  }
}
