import { MigrationInterface, QueryRunner } from 'typeorm';

/** Staff and coordinator accounts, their session and API tokens (hashed), and the audit log. */
export class Accounts1763930000000 implements MigrationInterface {
  name = 'Accounts1763930000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of [
      `CREATE TABLE "auth_token" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tokenHash" text NOT NULL, "kind" text NOT NULL, "label" text, "userId" uuid, "supporterId" uuid, "expiresAt" TIMESTAMP WITH TIME ZONE, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_7634f50cfa7ac8e4e4d5f31e356" UNIQUE ("tokenHash"), CONSTRAINT "PK_4572ff5d1264c4a523f01aa86a0" PRIMARY KEY ("id"))`,
      `CREATE TABLE "user_account" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" text NOT NULL, "name" text NOT NULL, "passwordHash" text NOT NULL, "role" text NOT NULL, "sectionId" uuid, "disabledAt" TIMESTAMP WITH TIME ZONE, "lastSignInAt" TIMESTAMP WITH TIME ZONE, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_56a0e4bcec2b5411beafa47ffa5" UNIQUE ("email"), CONSTRAINT "PK_6acfec7285fdf9f463462de3e9f" PRIMARY KEY ("id"))`,
      `CREATE TABLE "audit_entry" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "entityType" text NOT NULL, "entityId" uuid NOT NULL, "operation" text NOT NULL, "actorId" uuid, "actorEmail" text, "before" jsonb, "after" jsonb, "at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_58a130a4b9da189f46ba2a01801" PRIMARY KEY ("id"))`,
      `CREATE INDEX "audit_entry_subject_idx" ON "audit_entry"("entityType", "entityId", "at")`,
      `ALTER TABLE "auth_token" ADD CONSTRAINT "FK_5a326267f11b44c0d62526bc718" FOREIGN KEY ("userId") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
      `ALTER TABLE "auth_token" ADD CONSTRAINT "FK_96f842101c2334953b7e049deac" FOREIGN KEY ("supporterId") REFERENCES "supporter"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
      `ALTER TABLE "user_account" ADD CONSTRAINT "FK_cb21307515b118d6aab6f51b65b" FOREIGN KEY ("sectionId") REFERENCES "section"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    ]) {
      await queryRunner.query(statement);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const statement of ['DROP TABLE "auth_token"', 'DROP TABLE "user_account"', 'DROP TABLE "audit_entry"']) {
      await queryRunner.query(statement);
    }
  }
}
