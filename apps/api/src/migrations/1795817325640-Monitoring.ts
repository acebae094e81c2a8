import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Monitoring1795817325640 implements MigrationInterface {
  name = 'Monitoring1795817325640';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "indicators" ("partnership_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "name_km" text, "unit" text NOT NULL, "baseline" double precision NOT NULL, "target" double precision NOT NULL, "frequency" text NOT NULL, "responsible_organization_id" uuid NOT NULL, "disaggregations" text array NOT NULL DEFAULT '{}', "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6e24383c110600564187e92042e" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "indicators_partnership_idx" ON "indicators"  ("partnership_id") `);
    await queryRunner.query(`CREATE TABLE "reports" ("partnership_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "responsible_organization_id" uuid NOT NULL, "period_start" date NOT NULL, "period_end" date NOT NULL, "status" text NOT NULL DEFAULT 'draft', "current_version" integer NOT NULL DEFAULT '1', "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d9013193989303580053c0b5ef6" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "reports_once_per_period_key" ON "reports"  ("partnership_id", "responsible_organization_id", "period_start", "period_end") `);
    await queryRunner.query(`CREATE TABLE "report_versions" ("report_id" uuid NOT NULL, "number" integer NOT NULL, "values" jsonb NOT NULL DEFAULT '[]', "narrative" text, "evidence" text, "submitted_at" TIMESTAMP WITH TIME ZONE, "submitted_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a79373b1d89c946ab149494b68e" PRIMARY KEY ("report_id", "number"))`);
    await queryRunner.query(`CREATE TABLE "report_actions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "report_id" uuid NOT NULL, "action" text NOT NULL, "version_number" integer NOT NULL, "user_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "comment" text, "at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_8abfe245077f2ee03d573258d9e" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "report_actions_report_idx" ON "report_actions"  ("report_id", "at") `);
    await queryRunner.query(`CREATE TABLE "service_points" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "name_km" text, "kind" text NOT NULL, "admin_unit_code" text NOT NULL, "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b6725aeddb7c364aceef9ad5c54" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "service_points_admin_unit_idx" ON "service_points"  ("admin_unit_code") `);
    await queryRunner.query(`CREATE TABLE "scorecards" ("partnership_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "service_point_id" uuid NOT NULL, "date" date NOT NULL, "facilitating_organization_id" uuid NOT NULL, "participants" jsonb NOT NULL, "criteria" jsonb NOT NULL, "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5ab8d3887ff2fb66e229c1fdd89" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "scorecards_service_point_idx" ON "scorecards"  ("service_point_id", "date") `);
    await queryRunner.query(`CREATE INDEX "scorecards_partnership_idx" ON "scorecards"  ("partnership_id", "date") `);
    await queryRunner.query(`CREATE TABLE "action_items" ("partnership_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "scorecard_id" uuid NOT NULL, "description" text NOT NULL, "owner_organization_id" uuid NOT NULL, "due_date" date NOT NULL, "status" text NOT NULL DEFAULT 'open', "evidence" text, "follow_up" text, "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5a84b168b001636b379312104ab" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "action_items_scorecard_idx" ON "action_items"  ("scorecard_id") `);
    await queryRunner.query(`CREATE TABLE "feedback" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "service_point_id" uuid NOT NULL, "text" text NOT NULL, "channel" text NOT NULL DEFAULT 'web', "rating" smallint, "status" text NOT NULL DEFAULT 'new', "action_item_id" uuid, "triaged_by" uuid, "triaged_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_8389f9e087a57689cd5be8b2b13" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "feedback_service_point_idx" ON "feedback"  ("service_point_id", "created_at") `);
    await queryRunner.query(`ALTER TABLE "indicators" ADD CONSTRAINT "FK_aa84cb1908205e2cdff1e1226ab" FOREIGN KEY ("partnership_id") REFERENCES "partnerships"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "reports" ADD CONSTRAINT "FK_32f75c5858f2014f103b4d7d72c" FOREIGN KEY ("partnership_id") REFERENCES "partnerships"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "report_versions" ADD CONSTRAINT "FK_93e13c1185de5e1c4facf02b6d3" FOREIGN KEY ("report_id") REFERENCES "reports"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "report_actions" ADD CONSTRAINT "FK_91d53f41e8c6d81bae19ecc4779" FOREIGN KEY ("report_id") REFERENCES "reports"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "scorecards" ADD CONSTRAINT "FK_cfeead49c957fcb17b5494a9c7b" FOREIGN KEY ("partnership_id") REFERENCES "partnerships"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "scorecards" ADD CONSTRAINT "FK_b14b4774dc5f0bc58cf25531d89" FOREIGN KEY ("service_point_id") REFERENCES "service_points"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "action_items" ADD CONSTRAINT "FK_cadbee88aff46fd6765ba4d48e0" FOREIGN KEY ("partnership_id") REFERENCES "partnerships"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "action_items" ADD CONSTRAINT "FK_828f14e7776ed3d1f1240493eb9" FOREIGN KEY ("scorecard_id") REFERENCES "scorecards"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "feedback" ADD CONSTRAINT "FK_197df7f5a2cc8399b46e2f91817" FOREIGN KEY ("service_point_id") REFERENCES "service_points"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "feedback" ADD CONSTRAINT "FK_51de660266fb8a5a431a4b962dc" FOREIGN KEY ("action_item_id") REFERENCES "action_items"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    // A submitted report version is history: the database itself refuses to change it.
    await queryRunner.query(`CREATE FUNCTION report_versions_immutable() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'report version % of report % was submitted and cannot change', OLD.number, OLD.report_id USING ERRCODE = 'restrict_violation'; END $$`);
    await queryRunner.query(`CREATE TRIGGER report_versions_immutable BEFORE UPDATE ON "report_versions" FOR EACH ROW WHEN (OLD.submitted_at IS NOT NULL) EXECUTE FUNCTION report_versions_immutable()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER report_versions_immutable ON "report_versions"`);
    await queryRunner.query(`DROP FUNCTION report_versions_immutable()`);
    await queryRunner.query(`ALTER TABLE "feedback" DROP CONSTRAINT "FK_51de660266fb8a5a431a4b962dc"`);
    await queryRunner.query(`ALTER TABLE "feedback" DROP CONSTRAINT "FK_197df7f5a2cc8399b46e2f91817"`);
    await queryRunner.query(`ALTER TABLE "action_items" DROP CONSTRAINT "FK_828f14e7776ed3d1f1240493eb9"`);
    await queryRunner.query(`ALTER TABLE "action_items" DROP CONSTRAINT "FK_cadbee88aff46fd6765ba4d48e0"`);
    await queryRunner.query(`ALTER TABLE "scorecards" DROP CONSTRAINT "FK_b14b4774dc5f0bc58cf25531d89"`);
    await queryRunner.query(`ALTER TABLE "scorecards" DROP CONSTRAINT "FK_cfeead49c957fcb17b5494a9c7b"`);
    await queryRunner.query(`ALTER TABLE "report_actions" DROP CONSTRAINT "FK_91d53f41e8c6d81bae19ecc4779"`);
    await queryRunner.query(`ALTER TABLE "report_versions" DROP CONSTRAINT "FK_93e13c1185de5e1c4facf02b6d3"`);
    await queryRunner.query(`ALTER TABLE "reports" DROP CONSTRAINT "FK_32f75c5858f2014f103b4d7d72c"`);
    await queryRunner.query(`ALTER TABLE "indicators" DROP CONSTRAINT "FK_aa84cb1908205e2cdff1e1226ab"`);
    await queryRunner.query(`DROP INDEX "public"."feedback_service_point_idx"`);
    await queryRunner.query(`DROP TABLE "feedback"`);
    await queryRunner.query(`DROP INDEX "public"."action_items_scorecard_idx"`);
    await queryRunner.query(`DROP TABLE "action_items"`);
    await queryRunner.query(`DROP INDEX "public"."scorecards_partnership_idx"`);
    await queryRunner.query(`DROP INDEX "public"."scorecards_service_point_idx"`);
    await queryRunner.query(`DROP TABLE "scorecards"`);
    await queryRunner.query(`DROP INDEX "public"."service_points_admin_unit_idx"`);
    await queryRunner.query(`DROP TABLE "service_points"`);
    await queryRunner.query(`DROP INDEX "public"."report_actions_report_idx"`);
    await queryRunner.query(`DROP TABLE "report_actions"`);
    await queryRunner.query(`DROP TABLE "report_versions"`);
    await queryRunner.query(`DROP INDEX "public"."reports_once_per_period_key"`);
    await queryRunner.query(`DROP TABLE "reports"`);
    await queryRunner.query(`DROP INDEX "public"."indicators_partnership_idx"`);
    await queryRunner.query(`DROP TABLE "indicators"`);
  }
}
