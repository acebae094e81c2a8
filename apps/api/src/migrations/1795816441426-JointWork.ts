import type { MigrationInterface, QueryRunner } from 'typeorm';

export class JointWork1795816441426 implements MigrationInterface {
  name = 'JointWork1795816441426';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "activities" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "partnership_id" uuid NOT NULL, "title" text NOT NULL, "lead_organization_id" uuid NOT NULL, "contributing_organization_ids" uuid array NOT NULL DEFAULT '{}', "start_date" date NOT NULL, "end_date" date NOT NULL, "status" text NOT NULL DEFAULT 'planned', "contributions" jsonb NOT NULL DEFAULT '[]', "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_7f4004429f731ffb9c88eb486a8" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "activities_partnership_idx" ON "activities"  ("partnership_id", "start_date") `);
    await queryRunner.query(`CREATE TABLE "meetings" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "partnership_id" uuid NOT NULL, "date" date NOT NULL, "place" text, "agenda" text NOT NULL, "attendees" jsonb NOT NULL DEFAULT '[]', "minutes" text, "decisions" jsonb NOT NULL DEFAULT '[]', "action_items" jsonb NOT NULL DEFAULT '[]', "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_aa73be861afa77eb4ed31f3ed57" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "meetings_partnership_idx" ON "meetings"  ("partnership_id", "date") `);
    await queryRunner.query(`CREATE TABLE "meeting_approvals" ("meeting_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "user_id" uuid NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_83e77ff6299264e0c4bf3739d07" PRIMARY KEY ("meeting_id", "organization_id"))`);
    await queryRunner.query(`CREATE TABLE "commitments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "partnership_id" uuid NOT NULL, "title" text NOT NULL, "description" text, "owner_organization_id" uuid NOT NULL, "due_date" date NOT NULL, "recurrence" text NOT NULL DEFAULT 'none', "clause_key" text, "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_82060edcfe810ce82b7565521af" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "commitments_partnership_idx" ON "commitments"  ("partnership_id") `);
    await queryRunner.query(`CREATE TABLE "commitment_occurrences" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "commitment_id" uuid NOT NULL, "partnership_id" uuid NOT NULL, "owner_organization_id" uuid NOT NULL, "due_date" date NOT NULL, "overdue_notified_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_d50824083d5ef9085f8f1205793" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "commitment_occurrences_partnership_idx" ON "commitment_occurrences"  ("partnership_id", "due_date") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "commitment_occurrences_once_key" ON "commitment_occurrences"  ("commitment_id", "due_date") `);
    await queryRunner.query(`CREATE TABLE "commitment_ratings" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "occurrence_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "user_id" uuid NOT NULL, "rating" text NOT NULL, "comment" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d2d3b00bd452b87561302d8eb9c" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "commitment_ratings_once_per_party_key" ON "commitment_ratings"  ("occurrence_id", "organization_id") `);
    await queryRunner.query(`ALTER TABLE "activities" ADD CONSTRAINT "FK_a474d8f7c075cd52d085efe12ec" FOREIGN KEY ("partnership_id") REFERENCES "partnerships"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "meetings" ADD CONSTRAINT "FK_b3c89c3dd77b6f2b85ca30dcbe4" FOREIGN KEY ("partnership_id") REFERENCES "partnerships"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "meeting_approvals" ADD CONSTRAINT "FK_f55907baeda6cacf162041b4542" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "commitments" ADD CONSTRAINT "FK_6d47d7810e0645523b38596d381" FOREIGN KEY ("partnership_id") REFERENCES "partnerships"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "commitment_occurrences" ADD CONSTRAINT "FK_a236d42d2c77c823d448f95adbb" FOREIGN KEY ("commitment_id") REFERENCES "commitments"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "commitment_ratings" ADD CONSTRAINT "FK_bf68b850e37379a70ceeb82d316" FOREIGN KEY ("occurrence_id") REFERENCES "commitment_occurrences"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "commitment_ratings" DROP CONSTRAINT "FK_bf68b850e37379a70ceeb82d316"`);
    await queryRunner.query(`ALTER TABLE "commitment_occurrences" DROP CONSTRAINT "FK_a236d42d2c77c823d448f95adbb"`);
    await queryRunner.query(`ALTER TABLE "commitments" DROP CONSTRAINT "FK_6d47d7810e0645523b38596d381"`);
    await queryRunner.query(`ALTER TABLE "meeting_approvals" DROP CONSTRAINT "FK_f55907baeda6cacf162041b4542"`);
    await queryRunner.query(`ALTER TABLE "meetings" DROP CONSTRAINT "FK_b3c89c3dd77b6f2b85ca30dcbe4"`);
    await queryRunner.query(`ALTER TABLE "activities" DROP CONSTRAINT "FK_a474d8f7c075cd52d085efe12ec"`);
    await queryRunner.query(`DROP INDEX "public"."commitment_ratings_once_per_party_key"`);
    await queryRunner.query(`DROP TABLE "commitment_ratings"`);
    await queryRunner.query(`DROP INDEX "public"."commitment_occurrences_once_key"`);
    await queryRunner.query(`DROP INDEX "public"."commitment_occurrences_partnership_idx"`);
    await queryRunner.query(`DROP TABLE "commitment_occurrences"`);
    await queryRunner.query(`DROP INDEX "public"."commitments_partnership_idx"`);
    await queryRunner.query(`DROP TABLE "commitments"`);
    await queryRunner.query(`DROP TABLE "meeting_approvals"`);
    await queryRunner.query(`DROP INDEX "public"."meetings_partnership_idx"`);
    await queryRunner.query(`DROP TABLE "meetings"`);
    await queryRunner.query(`DROP INDEX "public"."activities_partnership_idx"`);
    await queryRunner.query(`DROP TABLE "activities"`);
  }
}
