import { MigrationInterface, QueryRunner } from 'typeorm';

/** Signing up again after unsubscribing waits for the confirmation link instead of ending the unsubscribe at once. */
export class ResubscribeRequests1764500300000 implements MigrationInterface {
  name = 'ResubscribeRequests1764500300000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "subscription" ADD "resubscribeRequestedAt" TIMESTAMP WITH TIME ZONE`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "subscription" DROP COLUMN "resubscribeRequestedAt"`);
  }
}
