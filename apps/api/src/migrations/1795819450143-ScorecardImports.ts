import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ScorecardImports1795819450143 implements MigrationInterface {
  name = 'ScorecardImports1795819450143';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "scorecard_imports" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "partnership_id" uuid NOT NULL, "sha256" text NOT NULL, "file_name" text NOT NULL, "storage_key" text NOT NULL, "mapping" jsonb NOT NULL, "facilitating_organization_id" uuid NOT NULL, "job_id" uuid NOT NULL, "result" jsonb, "requested_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_2d527fa0001b464dc2cbd01a79f" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "scorecard_imports_file_key" ON "scorecard_imports"  ("partnership_id", "sha256") `);
    await queryRunner.query(`CREATE TABLE "scorecard_import_rows" ("import_id" uuid NOT NULL, "row_number" integer NOT NULL, "scorecard_id" uuid, "error" text, CONSTRAINT "PK_8fdc91cd7ae560edfa5589b23b4" PRIMARY KEY ("import_id", "row_number"))`);
    await queryRunner.query(`CREATE TABLE "scorecard_import_mappings" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "partnership_id" uuid NOT NULL, "name" text NOT NULL, "mapping" jsonb NOT NULL, "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_e79f9fe554d118c7e556643eab5" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "scorecard_import_mappings_name_key" ON "scorecard_import_mappings"  ("partnership_id", "name") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."scorecard_import_mappings_name_key"`);
    await queryRunner.query(`DROP TABLE "scorecard_import_mappings"`);
    await queryRunner.query(`DROP TABLE "scorecard_import_rows"`);
    await queryRunner.query(`DROP INDEX "public"."scorecard_imports_file_key"`);
    await queryRunner.query(`DROP TABLE "scorecard_imports"`);
  }
}
