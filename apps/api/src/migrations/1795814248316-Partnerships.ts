import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Partnerships1795814248316 implements MigrationInterface {
  name = 'Partnerships1795814248316';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "partnerships" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "title" text NOT NULL, "function" text NOT NULL, "form" text NOT NULL, "goals" text NOT NULL, "admin_unit_codes" text array NOT NULL, "province_codes" text array NOT NULL, "sectors" text array NOT NULL, "start_date" date NOT NULL, "end_date" date NOT NULL, "status" text NOT NULL DEFAULT 'draft', "status_since" TIMESTAMP WITH TIME ZONE NOT NULL, "current_mou_version" integer, "approved_mou_version" integer, "signed_mou_version" integer, "search_text" text NOT NULL DEFAULT '', "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_55de3c169ff0d5d88e9a7cb0cd6" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "partnerships_status_idx" ON "partnerships"  ("status") `);
    await queryRunner.query(`CREATE TABLE "partnership_parties" ("partnership_id" uuid NOT NULL, "organization_id" uuid NOT NULL, CONSTRAINT "PK_2cc4816128d258cdeeaa2b69143" PRIMARY KEY ("partnership_id", "organization_id"))`);
    await queryRunner.query(`CREATE INDEX "partnership_parties_organization_idx" ON "partnership_parties"  ("organization_id") `);
    await queryRunner.query(`CREATE TABLE "partnership_contributions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "partnership_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "kind" text NOT NULL, "description" text NOT NULL, "amount" numeric(16,2), "currency" text, "position" integer NOT NULL, CONSTRAINT "PK_da5f88d16caa21a0f9178f298eb" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "partnership_contributions_partnership_idx" ON "partnership_contributions"  ("partnership_id") `);
    await queryRunner.query(`CREATE TABLE "partnership_risks" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "partnership_id" uuid NOT NULL, "description" text NOT NULL, "carried_by" text NOT NULL, "position" integer NOT NULL, CONSTRAINT "PK_e7a260380e08b648d3a0afcc77d" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "partnership_risks_partnership_idx" ON "partnership_risks"  ("partnership_id") `);
    await queryRunner.query(`CREATE TABLE "partnership_transitions" ("seq" BIGSERIAL NOT NULL, "partnership_id" uuid NOT NULL, "action" text NOT NULL, "from_status" text, "to_status" text NOT NULL, "actor_id" uuid, "at" TIMESTAMP WITH TIME ZONE NOT NULL, "comment" text, "seconds_in_from" integer, CONSTRAINT "PK_9e50d4577d93479134de4f38df9" PRIMARY KEY ("seq"))`);
    await queryRunner.query(`CREATE INDEX "partnership_transitions_from_idx" ON "partnership_transitions"  ("from_status") `);
    await queryRunner.query(`CREATE INDEX "partnership_transitions_partnership_idx" ON "partnership_transitions"  ("partnership_id", "at") `);
    await queryRunner.query(`CREATE TABLE "mou_versions" ("partnership_id" uuid NOT NULL, "number" integer NOT NULL, "clauses" jsonb NOT NULL, "text_hash" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_by" uuid NOT NULL, CONSTRAINT "PK_d4c94aa541e248f03cb0bdae53d" PRIMARY KEY ("partnership_id", "number"))`);
    await queryRunner.query(`CREATE TABLE "mou_signatures" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "partnership_id" uuid NOT NULL, "version_number" integer NOT NULL, "organization_id" uuid NOT NULL, "user_id" uuid NOT NULL, "text_hash" text NOT NULL, "signed_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_7dfd8ad6363f97572c5885eb870" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "mou_signatures_once_per_party_key" ON "mou_signatures"  ("partnership_id", "version_number", "organization_id") `);
    await queryRunner.query(`CREATE TABLE "partnership_reviews" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "partnership_id" uuid NOT NULL, "kind" text NOT NULL, "decision" text NOT NULL, "lessons" text NOT NULL, "reviewer_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_068f5fa8769fbd71245769bc8d9" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "partnership_reviews_partnership_idx" ON "partnership_reviews"  ("partnership_id") `);
    await queryRunner.query(`ALTER TABLE "partnership_parties" ADD CONSTRAINT "FK_6df9b7c2aed5d725695114ba084" FOREIGN KEY ("partnership_id") REFERENCES "partnerships"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "partnership_parties" ADD CONSTRAINT "FK_32727311a2a53892fb73cf40fad" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "partnership_contributions" ADD CONSTRAINT "FK_f800b3463c54cf29430af0878e9" FOREIGN KEY ("partnership_id") REFERENCES "partnerships"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "partnership_risks" ADD CONSTRAINT "FK_4d3ea3702f5e13817732b3e37a1" FOREIGN KEY ("partnership_id") REFERENCES "partnerships"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "partnership_transitions" ADD CONSTRAINT "FK_18a309e16161e1ca6a520e70de7" FOREIGN KEY ("partnership_id") REFERENCES "partnerships"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "mou_versions" ADD CONSTRAINT "FK_a51a83a1313c667b2ca739cd1b8" FOREIGN KEY ("partnership_id") REFERENCES "partnerships"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "mou_signatures" ADD CONSTRAINT "FK_5267335b3b47a84da1209aab0da" FOREIGN KEY ("partnership_id") REFERENCES "partnerships"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "partnership_reviews" ADD CONSTRAINT "FK_52e70876fef3a3d4795fbd64de4" FOREIGN KEY ("partnership_id") REFERENCES "partnerships"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`CREATE INDEX "partnerships_province_codes_idx" ON "partnerships" USING gin ("province_codes")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."partnerships_province_codes_idx"`);
    await queryRunner.query(`ALTER TABLE "partnership_reviews" DROP CONSTRAINT "FK_52e70876fef3a3d4795fbd64de4"`);
    await queryRunner.query(`ALTER TABLE "mou_signatures" DROP CONSTRAINT "FK_5267335b3b47a84da1209aab0da"`);
    await queryRunner.query(`ALTER TABLE "mou_versions" DROP CONSTRAINT "FK_a51a83a1313c667b2ca739cd1b8"`);
    await queryRunner.query(`ALTER TABLE "partnership_transitions" DROP CONSTRAINT "FK_18a309e16161e1ca6a520e70de7"`);
    await queryRunner.query(`ALTER TABLE "partnership_risks" DROP CONSTRAINT "FK_4d3ea3702f5e13817732b3e37a1"`);
    await queryRunner.query(`ALTER TABLE "partnership_contributions" DROP CONSTRAINT "FK_f800b3463c54cf29430af0878e9"`);
    await queryRunner.query(`ALTER TABLE "partnership_parties" DROP CONSTRAINT "FK_32727311a2a53892fb73cf40fad"`);
    await queryRunner.query(`ALTER TABLE "partnership_parties" DROP CONSTRAINT "FK_6df9b7c2aed5d725695114ba084"`);
    await queryRunner.query(`DROP INDEX "public"."partnership_reviews_partnership_idx"`);
    await queryRunner.query(`DROP TABLE "partnership_reviews"`);
    await queryRunner.query(`DROP INDEX "public"."mou_signatures_once_per_party_key"`);
    await queryRunner.query(`DROP TABLE "mou_signatures"`);
    await queryRunner.query(`DROP TABLE "mou_versions"`);
    await queryRunner.query(`DROP INDEX "public"."partnership_transitions_partnership_idx"`);
    await queryRunner.query(`DROP INDEX "public"."partnership_transitions_from_idx"`);
    await queryRunner.query(`DROP TABLE "partnership_transitions"`);
    await queryRunner.query(`DROP INDEX "public"."partnership_risks_partnership_idx"`);
    await queryRunner.query(`DROP TABLE "partnership_risks"`);
    await queryRunner.query(`DROP INDEX "public"."partnership_contributions_partnership_idx"`);
    await queryRunner.query(`DROP TABLE "partnership_contributions"`);
    await queryRunner.query(`DROP INDEX "public"."partnership_parties_organization_idx"`);
    await queryRunner.query(`DROP TABLE "partnership_parties"`);
    await queryRunner.query(`DROP INDEX "public"."partnerships_status_idx"`);
    await queryRunner.query(`DROP TABLE "partnerships"`);
  }
}
