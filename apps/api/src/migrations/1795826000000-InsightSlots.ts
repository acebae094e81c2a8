import type { MigrationInterface, QueryRunner } from 'typeorm';

// The dashboards read one start-month slot (and for stays one function slot) at a time: these indexes find exactly
// those rows, the overall sums by province slot first, the stays per province by function slot first.
export class InsightSlots1795826000000 implements MigrationInterface {
  name = 'InsightSlots1795826000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "insight_rollups_month_province_idx" ON "insight_rollups" ("start_month", "province", "facet", "function", "key") INCLUDE ("count", "total")`);
    await queryRunner.query(`CREATE INDEX "insight_rollups_month_function_idx" ON "insight_rollups" ("start_month", "function", "facet", "province", "key") INCLUDE ("count", "total")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."insight_rollups_month_function_idx"`);
    await queryRunner.query(`DROP INDEX "public"."insight_rollups_month_province_idx"`);
  }
}
