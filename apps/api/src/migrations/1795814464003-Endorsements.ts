import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Endorsements1795814464003 implements MigrationInterface {
  name = 'Endorsements1795814464003';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "partnership_endorsements" ("partnership_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "endorsed_by" uuid NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_f40e92459c0b9978761930d4b4d" PRIMARY KEY ("partnership_id", "organization_id"))`);
    await queryRunner.query(`ALTER TABLE "partnership_endorsements" ADD CONSTRAINT "FK_91876b109c3e33312235c91b940" FOREIGN KEY ("partnership_id") REFERENCES "partnerships"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "partnership_endorsements" DROP CONSTRAINT "FK_91876b109c3e33312235c91b940"`);
    await queryRunner.query(`DROP TABLE "partnership_endorsements"`);
  }
}
