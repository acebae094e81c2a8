import type { MigrationInterface, QueryRunner } from 'typeorm';

export class MonitoringLibraryAndFollowUp1795822405571 implements MigrationInterface {
  name = 'MonitoringLibraryAndFollowUp1795822405571';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "indicator_library" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "name_km" text NOT NULL, "unit" text NOT NULL, "frequency" text NOT NULL, "disaggregations" text array NOT NULL DEFAULT '{}', "sector" text, "description" text, "archived_at" TIMESTAMP WITH TIME ZONE, "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c82fa27ebfb00bbef664a971014" PRIMARY KEY ("id"))`);
    await queryRunner.query(`ALTER TABLE "scorecard_import_rows" ADD "error_column" text`);
    await queryRunner.query(`ALTER TABLE "indicators" ADD "library_indicator_id" uuid`);
    await queryRunner.query(`ALTER TABLE "action_items" ADD "follow_up_notes" jsonb NOT NULL DEFAULT '[]'`);
    await queryRunner.query(`ALTER TABLE "action_items" ADD "commitment_id" uuid`);
    await queryRunner.query(`CREATE INDEX "scorecard_imports_partnership_idx" ON "scorecard_imports"  ("partnership_id", "created_at") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "action_items_commitment_key" ON "action_items"  ("commitment_id") `);
    await queryRunner.query(`CREATE INDEX "action_items_partnership_due_idx" ON "action_items"  ("partnership_id", "due_date") `);
    await queryRunner.query(`CREATE INDEX "feedback_action_item_idx" ON "feedback"  ("action_item_id") `);
    await queryRunner.query(`CREATE INDEX "feedback_created_idx" ON "feedback"  ("created_at") `);
    await queryRunner.query(`ALTER TABLE "indicators" ADD CONSTRAINT "FK_f5434f1663eeeace1d1596ee432" FOREIGN KEY ("library_indicator_id") REFERENCES "indicator_library"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "action_items" ADD CONSTRAINT "FK_8eaa0a6fc77d1b401901b3ed576" FOREIGN KEY ("commitment_id") REFERENCES "commitments"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "action_items" DROP CONSTRAINT "FK_8eaa0a6fc77d1b401901b3ed576"`);
    await queryRunner.query(`ALTER TABLE "indicators" DROP CONSTRAINT "FK_f5434f1663eeeace1d1596ee432"`);
    await queryRunner.query(`DROP INDEX "public"."feedback_created_idx"`);
    await queryRunner.query(`DROP INDEX "public"."feedback_action_item_idx"`);
    await queryRunner.query(`DROP INDEX "public"."action_items_partnership_due_idx"`);
    await queryRunner.query(`DROP INDEX "public"."action_items_commitment_key"`);
    await queryRunner.query(`DROP INDEX "public"."scorecard_imports_partnership_idx"`);
    await queryRunner.query(`ALTER TABLE "action_items" DROP COLUMN "commitment_id"`);
    await queryRunner.query(`ALTER TABLE "action_items" DROP COLUMN "follow_up_notes"`);
    await queryRunner.query(`ALTER TABLE "indicators" DROP COLUMN "library_indicator_id"`);
    await queryRunner.query(`ALTER TABLE "scorecard_import_rows" DROP COLUMN "error_column"`);
    await queryRunner.query(`DROP TABLE "indicator_library"`);
  }
}
