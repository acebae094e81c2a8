import type { MigrationInterface, QueryRunner } from 'typeorm';

// Officers' dashboards read sums kept per viewing organisation (and the parties' unassessed quality periods they
// leave out), the cycle times read statistics (national per slot, an organisation's without filters) instead of stay
// histograms, and the refresh trigger finds a partnership's pending refresh job through an index instead of reading
// every pending job. That lookup also finds a job this transaction asked for, so the trigger no longer keeps a setting
// per partnership (PostgreSQL keeps every setting name for the rest of the session: 8,000 names made each later change
// 13 s slower); one setting remembers the last partnership asked for, which spares the lookup when many rows of one
// partnership change.
// After deploying, run the `insight.rebuild` job once: it fills the new tables and columns.
export class InsightViewerSums1795832809551 implements MigrationInterface {
  name = 'InsightViewerSums1795832809551';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "insight_viewer_rollups" ("organization_id" uuid NOT NULL, "province" text NOT NULL, "facet" text NOT NULL, "function" text NOT NULL, "key" text NOT NULL, "count" bigint NOT NULL, "total" bigint NOT NULL DEFAULT '0', CONSTRAINT "PK_c3a633b182275ae7cfca1504fcc" PRIMARY KEY ("organization_id", "province", "facet", "function", "key"))`);
    await queryRunner.query(`CREATE TABLE "insight_stay_statistics" ("function" text NOT NULL, "province" text NOT NULL, "level" text NOT NULL, "status" text NOT NULL, "partnerships" integer NOT NULL, "median_days" double precision NOT NULL, "p90_days" double precision NOT NULL, "still_in" integer NOT NULL, CONSTRAINT "PK_f59d95bc841c74110faa30480df" PRIMARY KEY ("function", "province", "level", "status"))`);
    await queryRunner.query(`ALTER TABLE "insight_entries" ADD "unassessed_periods" jsonb NOT NULL DEFAULT '[]'`);
    await queryRunner.query(`CREATE TABLE "insight_viewer_stay_statistics" ("organization_id" uuid NOT NULL, "province" text NOT NULL, "level" text NOT NULL, "status" text NOT NULL, "partnerships" integer NOT NULL, "median_days" double precision NOT NULL, "p90_days" double precision NOT NULL, "still_in" integer NOT NULL, CONSTRAINT "PK_7b94a2d16c42ebef350a3b2fbb9" PRIMARY KEY ("organization_id", "province", "level", "status"))`);
    await queryRunner.query(`CREATE INDEX "jobs_pending_insight_refresh_idx" ON "jobs" ((payload->>'partnershipId')) WHERE status = 'pending' AND name = 'insight.refresh_partnership'`);
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION insight_refresh_later(changed_partnership uuid) RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        IF changed_partnership IS NULL OR current_setting('daikou.insight_last_asked', true) = changed_partnership::text THEN
          RETURN;
        END IF;
        PERFORM set_config('daikou.insight_last_asked', changed_partnership::text, true);
        PERFORM 1 FROM jobs
          WHERE status = 'pending' AND name = 'insight.refresh_partnership' AND payload->>'partnershipId' = changed_partnership::text
          LIMIT 1 FOR UPDATE SKIP LOCKED;
        IF NOT FOUND THEN
          INSERT INTO jobs (name, queue, payload)
            VALUES ('insight.refresh_partnership', 'default', jsonb_build_object('partnershipId', changed_partnership));
        END IF;
      END $$`);
    // A database that already has dashboards gets its new per-organisation sums and statistics from one full rebuild,
    // queued here through the outbox (the relay sends it once the API or a worker runs); a new database fills them as it goes.
    await queryRunner.query(`INSERT INTO jobs (name, queue, payload) SELECT 'insight.rebuild', 'default', '{}'::jsonb WHERE EXISTS (SELECT 1 FROM insight_entries)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION insight_refresh_later(changed_partnership uuid) RETURNS void LANGUAGE plpgsql AS $$
      DECLARE
        marker text := 'daikou.insight_' || replace(changed_partnership::text, '-', '');
      BEGIN
        IF changed_partnership IS NULL OR current_setting(marker, true) = 'asked' THEN
          RETURN;
        END IF;
        PERFORM set_config(marker, 'asked', true);
        PERFORM 1 FROM jobs
          WHERE status = 'pending' AND name = 'insight.refresh_partnership' AND payload->>'partnershipId' = changed_partnership::text
          LIMIT 1 FOR UPDATE SKIP LOCKED;
        IF NOT FOUND THEN
          INSERT INTO jobs (name, queue, payload)
            VALUES ('insight.refresh_partnership', 'default', jsonb_build_object('partnershipId', changed_partnership));
        END IF;
      END $$`);
    await queryRunner.query(`DROP INDEX "public"."jobs_pending_insight_refresh_idx"`);
    await queryRunner.query(`DROP TABLE "insight_viewer_stay_statistics"`);
    await queryRunner.query(`ALTER TABLE "insight_entries" DROP COLUMN "unassessed_periods"`);
    await queryRunner.query(`DROP TABLE "insight_stay_statistics"`);
    await queryRunner.query(`DROP TABLE "insight_viewer_rollups"`);
  }
}
