import type { MigrationInterface, QueryRunner } from 'typeorm';

// Officers' dashboards read sums kept per viewing organisation (and the parties' unassessed quality periods they
// leave out), the national cycle times read statistics per slot instead of stay histograms, and the refresh trigger
// finds a partnership's pending refresh job through an index instead of reading every pending job.
// After deploying, run the `insight.rebuild` job once: it fills the new tables and columns.
export class InsightViewerSums1795832809551 implements MigrationInterface {
  name = 'InsightViewerSums1795832809551';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "insight_viewer_rollups" ("organization_id" uuid NOT NULL, "province" text NOT NULL, "facet" text NOT NULL, "function" text NOT NULL, "key" text NOT NULL, "count" bigint NOT NULL, "total" bigint NOT NULL DEFAULT '0', CONSTRAINT "PK_c3a633b182275ae7cfca1504fcc" PRIMARY KEY ("organization_id", "province", "facet", "function", "key"))`);
    await queryRunner.query(`CREATE TABLE "insight_stay_statistics" ("function" text NOT NULL, "province" text NOT NULL, "level" text NOT NULL, "status" text NOT NULL, "partnerships" integer NOT NULL, "median_days" double precision NOT NULL, "p90_days" double precision NOT NULL, "still_in" integer NOT NULL, CONSTRAINT "PK_f59d95bc841c74110faa30480df" PRIMARY KEY ("function", "province", "level", "status"))`);
    await queryRunner.query(`ALTER TABLE "insight_entries" ADD "unassessed_periods" jsonb NOT NULL DEFAULT '[]'`);
    await queryRunner.query(`CREATE INDEX "jobs_pending_insight_refresh_idx" ON "jobs" ((payload->>'partnershipId')) WHERE status = 'pending' AND name = 'insight.refresh_partnership'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."jobs_pending_insight_refresh_idx"`);
    await queryRunner.query(`ALTER TABLE "insight_entries" DROP COLUMN "unassessed_periods"`);
    await queryRunner.query(`DROP TABLE "insight_stay_statistics"`);
    await queryRunner.query(`DROP TABLE "insight_viewer_rollups"`);
  }
}
