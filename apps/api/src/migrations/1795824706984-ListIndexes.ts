import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ListIndexes1795824706984 implements MigrationInterface {
  name = 'ListIndexes1795824706984';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."partnerships_status_idx"`);
    await queryRunner.query(`CREATE INDEX "organizations_endorsing_idx" ON "organizations"  ("endorsing_organization_id") `);
    await queryRunner.query(`CREATE INDEX "partnerships_updated_idx" ON "partnerships"  ("updated_at", "id") `);
    await queryRunner.query(`CREATE INDEX "partnerships_status_updated_idx" ON "partnerships"  ("status", "updated_at", "id") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."partnerships_status_updated_idx"`);
    await queryRunner.query(`DROP INDEX "public"."partnerships_updated_idx"`);
    await queryRunner.query(`DROP INDEX "public"."organizations_endorsing_idx"`);
    await queryRunner.query(`CREATE INDEX "partnerships_status_idx" ON "partnerships" USING btree ("status") `);
  }
}
