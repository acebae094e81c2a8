import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Amendments1795814604953 implements MigrationInterface {
  name = 'Amendments1795814604953';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "mou_amendments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "partnership_id" uuid NOT NULL, "status" text NOT NULL, "status_since" TIMESTAMP WITH TIME ZONE NOT NULL, "reason" text NOT NULL, "base_version" integer NOT NULL, "current_version" integer, "approved_version" integer, "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_5ecad914b476861107176214507" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "mou_amendments_partnership_idx" ON "mou_amendments"  ("partnership_id") `);
    await queryRunner.query(`CREATE TABLE "mou_amendment_endorsements" ("amendment_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "endorsed_by" uuid NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_ebbfa12906352b55dd739016c24" PRIMARY KEY ("amendment_id", "organization_id"))`);
    await queryRunner.query(`ALTER TABLE "mou_versions" ADD "amendment_id" uuid`);
    await queryRunner.query(`ALTER TABLE "mou_amendments" ADD CONSTRAINT "FK_fd41e80c01b00d1eeafb7e5da3b" FOREIGN KEY ("partnership_id") REFERENCES "partnerships"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "mou_amendment_endorsements" ADD CONSTRAINT "FK_bae94403c5064ba304995f4d83e" FOREIGN KEY ("amendment_id") REFERENCES "mou_amendments"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "mou_amendment_endorsements" DROP CONSTRAINT "FK_bae94403c5064ba304995f4d83e"`);
    await queryRunner.query(`ALTER TABLE "mou_amendments" DROP CONSTRAINT "FK_fd41e80c01b00d1eeafb7e5da3b"`);
    await queryRunner.query(`ALTER TABLE "mou_versions" DROP COLUMN "amendment_id"`);
    await queryRunner.query(`DROP TABLE "mou_amendment_endorsements"`);
    await queryRunner.query(`DROP INDEX "public"."mou_amendments_partnership_idx"`);
    await queryRunner.query(`DROP TABLE "mou_amendments"`);
  }
}
