import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795812620516 implements MigrationInterface {
  name = 'Initial1795812620516';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "audit_entries" ("seq" bigint NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL, "actor_id" uuid, "actor_organization_id" uuid, "action" text NOT NULL, "entity_type" text, "entity_id" text, "summary" jsonb NOT NULL DEFAULT '{}', "request_id" text, "ip" text, "prev_hash" text NOT NULL, "hash" text NOT NULL, CONSTRAINT "PK_0de907d00514c64bf4c6fd7ae10" PRIMARY KEY ("seq"))`);
    await queryRunner.query(`CREATE INDEX "audit_entries_at_idx" ON "audit_entries"  ("at") `);
    await queryRunner.query(`CREATE INDEX "audit_entries_actor_idx" ON "audit_entries"  ("actor_id") `);
    await queryRunner.query(`CREATE INDEX "audit_entries_entity_idx" ON "audit_entries"  ("entity_type", "entity_id") `);
    await queryRunner.query(`CREATE TABLE "organizations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "name_km" text, "kind" text NOT NULL, "type" text NOT NULL, "admin_unit_code" text NOT NULL, "sectors" text array NOT NULL DEFAULT '{}', "capacities" text array NOT NULL DEFAULT '{}', "search_text" text NOT NULL DEFAULT '', "endorsing_organization_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_6b031fcd0863e3f6b44230163f9" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "organizations_kind_idx" ON "organizations"  ("kind") `);
    await queryRunner.query(`CREATE INDEX "organizations_admin_unit_idx" ON "organizations"  ("admin_unit_code") `);
    await queryRunner.query(`CREATE TABLE "users" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" text NOT NULL, "name" text NOT NULL, "password_hash" text NOT NULL, "role" text NOT NULL, "organization_id" uuid NOT NULL, "is_signatory" boolean NOT NULL DEFAULT false, "locale" text NOT NULL DEFAULT 'km', "active" boolean NOT NULL DEFAULT true, "failed_logins" integer NOT NULL DEFAULT '0', "locked_until" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "users_organization_idx" ON "users"  ("organization_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "users_email_key" ON "users"  ("email") `);
    await queryRunner.query(`CREATE TABLE "sessions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "token_hash" text NOT NULL, "user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, "ip" text, "user_agent" text, CONSTRAINT "PK_3238ef96f18b355b671619111bc" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "sessions_user_idx" ON "sessions"  ("user_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "sessions_token_hash_key" ON "sessions"  ("token_hash") `);
    await queryRunner.query(`CREATE TABLE "idempotency_keys" ("user_id" uuid NOT NULL, "key" text NOT NULL, "request_hash" text NOT NULL, "response_status" integer, "response_body" jsonb, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_392b1af86f210d98d3f0c764728" PRIMARY KEY ("user_id", "key"))`);
    await queryRunner.query(`CREATE TABLE "jobs" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "queue" text NOT NULL, "payload" jsonb NOT NULL, "status" text NOT NULL DEFAULT 'pending', "attempts" integer NOT NULL DEFAULT '0', "progress" jsonb, "result" jsonb, "error" text, "requested_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "dispatched_at" TIMESTAMP WITH TIME ZONE, "started_at" TIMESTAMP WITH TIME ZONE, "finished_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_cf0a6c42b72fcc7f7c237def345" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "jobs_finished_idx" ON "jobs"  ("finished_at") WHERE status IN ('completed', 'failed')`);
    await queryRunner.query(`CREATE INDEX "jobs_pending_idx" ON "jobs"  ("created_at") WHERE status = 'pending'`);
    await queryRunner.query(`CREATE TABLE "job_effects" ("key" text NOT NULL, "job_id" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_63e001b5947bedeb13a492a60fb" PRIMARY KEY ("key"))`);
    await queryRunner.query(`ALTER TABLE "organizations" ADD CONSTRAINT "FK_23fa6eff657d33cf13fc4213fd6" FOREIGN KEY ("endorsing_organization_id") REFERENCES "organizations"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "users" ADD CONSTRAINT "FK_21a659804ed7bf61eb91688dea7" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "sessions" ADD CONSTRAINT "FK_085d540d9f418cfbdc7bd55bb19" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    // Append-only audit log: no UPDATE or DELETE through the application's connection.
    await queryRunner.query(`CREATE FUNCTION audit_entries_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'audit_entries is append-only'; END $$`);
    await queryRunner.query(`CREATE TRIGGER audit_entries_append_only BEFORE UPDATE OR DELETE ON "audit_entries"
      FOR EACH ROW EXECUTE FUNCTION audit_entries_append_only()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER audit_entries_append_only ON "audit_entries"`);
    await queryRunner.query(`DROP FUNCTION audit_entries_append_only()`);
    await queryRunner.query(`ALTER TABLE "sessions" DROP CONSTRAINT "FK_085d540d9f418cfbdc7bd55bb19"`);
    await queryRunner.query(`ALTER TABLE "users" DROP CONSTRAINT "FK_21a659804ed7bf61eb91688dea7"`);
    await queryRunner.query(`ALTER TABLE "organizations" DROP CONSTRAINT "FK_23fa6eff657d33cf13fc4213fd6"`);
    await queryRunner.query(`DROP TABLE "job_effects"`);
    await queryRunner.query(`DROP INDEX "public"."jobs_pending_idx"`);
    await queryRunner.query(`DROP INDEX "public"."jobs_finished_idx"`);
    await queryRunner.query(`DROP TABLE "jobs"`);
    await queryRunner.query(`DROP TABLE "idempotency_keys"`);
    await queryRunner.query(`DROP INDEX "public"."sessions_token_hash_key"`);
    await queryRunner.query(`DROP INDEX "public"."sessions_user_idx"`);
    await queryRunner.query(`DROP TABLE "sessions"`);
    await queryRunner.query(`DROP INDEX "public"."users_email_key"`);
    await queryRunner.query(`DROP INDEX "public"."users_organization_idx"`);
    await queryRunner.query(`DROP TABLE "users"`);
    await queryRunner.query(`DROP INDEX "public"."organizations_admin_unit_idx"`);
    await queryRunner.query(`DROP INDEX "public"."organizations_kind_idx"`);
    await queryRunner.query(`DROP TABLE "organizations"`);
    await queryRunner.query(`DROP INDEX "public"."audit_entries_entity_idx"`);
    await queryRunner.query(`DROP INDEX "public"."audit_entries_actor_idx"`);
    await queryRunner.query(`DROP INDEX "public"."audit_entries_at_idx"`);
    await queryRunner.query(`DROP TABLE "audit_entries"`);
  }
}
