import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Documents1795815612577 implements MigrationInterface {
  name = 'Documents1795815612577';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "documents" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "partnership_id" uuid NOT NULL, "version_number" integer NOT NULL, "text_hash" text NOT NULL, "lang" text NOT NULL, "signature_key" text NOT NULL, "path" text NOT NULL, "size" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ac51aa5181ee2036f5ca482857c" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "documents_partnership_idx" ON "documents"  ("partnership_id", "version_number") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "documents_cache_key" ON "documents"  ("text_hash", "lang", "signature_key") `);
    await queryRunner.query(`ALTER TABLE "documents" ADD CONSTRAINT "FK_e77b3e462ebc7f72f3ce8b530ac" FOREIGN KEY ("partnership_id") REFERENCES "partnerships"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "documents" DROP CONSTRAINT "FK_e77b3e462ebc7f72f3ce8b530ac"`);
    await queryRunner.query(`DROP INDEX "public"."documents_cache_key"`);
    await queryRunner.query(`DROP INDEX "public"."documents_partnership_idx"`);
    await queryRunner.query(`DROP TABLE "documents"`);
  }
}
