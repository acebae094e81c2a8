import type { MigrationInterface, QueryRunner } from 'typeorm';

// Quality assessments, the dashboards' portfolio entries and national sums, and the triggers that ask for an entry to
// be recomputed (an outbox job, in the transaction of the change) whenever a row the dashboards count changes.
const WATCHED: [table: string, events: string][] = [
  ['partnerships', 'INSERT OR DELETE OR UPDATE OF status, function, form, province_codes, admin_unit_codes, sectors, start_date'],
  ['partnership_parties', 'INSERT OR DELETE OR UPDATE'],
  ['partnership_transitions', 'INSERT OR DELETE'],
  ['commitment_occurrences', 'INSERT OR DELETE OR UPDATE OF due_date, owner_organization_id, partnership_id'],
  ['commitment_ratings', 'INSERT OR DELETE OR UPDATE OF rating, organization_id'],
  ['scorecards', 'INSERT OR DELETE OR UPDATE OF date, criteria, partnership_id'],
  ['quality_assessments', 'INSERT OR DELETE OR UPDATE'],
];

export class Insight1795822415297 implements MigrationInterface {
  name = 'Insight1795822415297';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "insight_entries" ("partnership_id" uuid NOT NULL, "viewer_organization_ids" uuid array NOT NULL, "province_codes" text array NOT NULL, "function" text NOT NULL, "start_month" text NOT NULL, "facets" jsonb NOT NULL, "computed_on" date NOT NULL, CONSTRAINT "PK_14be8c372a371d68fc623a7150d" PRIMARY KEY ("partnership_id"))`);
    await queryRunner.query(`CREATE INDEX "insight_entries_viewers_idx" ON "insight_entries" USING gin ("viewer_organization_ids")`);
    await queryRunner.query(`CREATE TABLE "insight_rollups" ("province" text NOT NULL, "function" text NOT NULL, "start_month" text NOT NULL, "facet" text NOT NULL, "key" text NOT NULL, "count" bigint NOT NULL, "total" bigint NOT NULL DEFAULT '0', CONSTRAINT "PK_8c198d84fd7584df12e2d573248" PRIMARY KEY ("province", "function", "start_month", "facet", "key"))`);
    await queryRunner.query(`CREATE TABLE "quality_assessments" ("partnership_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "side" text NOT NULL, "period" text NOT NULL, "scores" jsonb NOT NULL, "comments" jsonb NOT NULL DEFAULT '{}', "comment" text, "submitted_by" uuid NOT NULL, "submitted_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_cffdb70d95f01da9a95226e23fa" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "quality_assessments_once_per_party_key" ON "quality_assessments"  ("partnership_id", "organization_id", "period") `);
    await queryRunner.query(`ALTER TABLE "quality_assessments" ADD CONSTRAINT "FK_927ce54f8ccbf66078f01df50d8" FOREIGN KEY ("partnership_id") REFERENCES "partnerships"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "quality_assessments" ADD CONSTRAINT "FK_f53714ad05ad95b174b4dfa6d86" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    // One job per partnership and transaction (a transaction-local setting remembers it was asked for), and none when
    // a job for it is still waiting in the outbox: locking that row keeps the relay from taking it before this
    // transaction commits, so the waiting job will read this change. A row the relay is taking is skipped (SKIP
    // LOCKED) and a new job asked for instead.
    await queryRunner.query(`
      CREATE FUNCTION insight_refresh_later(changed_partnership uuid) RETURNS void LANGUAGE plpgsql AS $$
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
    await queryRunner.query(`
      CREATE FUNCTION insight_row_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        changed jsonb := to_jsonb(CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END);
      BEGIN
        IF TG_TABLE_NAME = 'partnerships' THEN
          PERFORM insight_refresh_later((changed->>'id')::uuid);
        ELSIF TG_TABLE_NAME = 'commitment_ratings' THEN
          PERFORM insight_refresh_later((SELECT partnership_id FROM commitment_occurrences WHERE id = (changed->>'occurrence_id')::uuid));
        ELSE
          PERFORM insight_refresh_later((changed->>'partnership_id')::uuid);
          -- A row moved to another partnership changes the one it left too.
          IF TG_OP = 'UPDATE' AND to_jsonb(OLD)->>'partnership_id' IS DISTINCT FROM changed->>'partnership_id' THEN
            PERFORM insight_refresh_later((to_jsonb(OLD)->>'partnership_id')::uuid);
          END IF;
        END IF;
        RETURN NULL;
      END $$`);
    for (const [table, events] of WATCHED) {
      await queryRunner.query(`CREATE TRIGGER "${table}_insight" AFTER ${events} ON "${table}" FOR EACH ROW EXECUTE FUNCTION insight_row_changed()`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const [table] of WATCHED) await queryRunner.query(`DROP TRIGGER "${table}_insight" ON "${table}"`);
    await queryRunner.query(`DROP FUNCTION insight_row_changed()`);
    await queryRunner.query(`DROP FUNCTION insight_refresh_later(uuid)`);
    await queryRunner.query(`ALTER TABLE "quality_assessments" DROP CONSTRAINT "FK_f53714ad05ad95b174b4dfa6d86"`);
    await queryRunner.query(`ALTER TABLE "quality_assessments" DROP CONSTRAINT "FK_927ce54f8ccbf66078f01df50d8"`);
    await queryRunner.query(`DROP INDEX "public"."quality_assessments_once_per_party_key"`);
    await queryRunner.query(`DROP TABLE "quality_assessments"`);
    await queryRunner.query(`DROP TABLE "insight_rollups"`);
    await queryRunner.query(`DROP INDEX "public"."insight_entries_viewers_idx"`);
    await queryRunner.query(`DROP TABLE "insight_entries"`);
  }
}
