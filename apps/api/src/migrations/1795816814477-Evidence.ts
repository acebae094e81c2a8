import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Evidence1795816814477 implements MigrationInterface {
  name = 'Evidence1795816814477';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "evidence_files" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "partnership_id" uuid NOT NULL, "commitment_id" uuid NOT NULL, "occurrence_due_date" date NOT NULL, "original_name" text NOT NULL, "content_type" text NOT NULL, "size" integer NOT NULL, "sha256" text NOT NULL, "storage_key" text NOT NULL, "uploaded_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f8d1a9a8e0430b749e2f4694460" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "evidence_files_storage_key_key" ON "evidence_files"  ("storage_key") `);
    await queryRunner.query(`CREATE INDEX "evidence_files_commitment_idx" ON "evidence_files"  ("commitment_id", "occurrence_due_date") `);
    await queryRunner.query(`ALTER TABLE "evidence_files" ADD CONSTRAINT "FK_8f9c4282119abef577a3e9a9e4b" FOREIGN KEY ("partnership_id") REFERENCES "partnerships"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "evidence_files" ADD CONSTRAINT "FK_5aab29ba868c7b4149f6aff0786" FOREIGN KEY ("commitment_id") REFERENCES "commitments"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "evidence_files" DROP CONSTRAINT "FK_5aab29ba868c7b4149f6aff0786"`);
    await queryRunner.query(`ALTER TABLE "evidence_files" DROP CONSTRAINT "FK_8f9c4282119abef577a3e9a9e4b"`);
    await queryRunner.query(`DROP INDEX "public"."evidence_files_commitment_idx"`);
    await queryRunner.query(`DROP INDEX "public"."evidence_files_storage_key_key"`);
    await queryRunner.query(`DROP TABLE "evidence_files"`);
  }
}
