// Developer tool: writes a migration with the SQL that brings a migrated database up to the entities.
// Usage: DATABASE_URL=postgres://… node dist/cli/generate-migration.js Name
import fs from 'node:fs';
import path from 'node:path';
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../database/data-source-options';

async function main() {
  const name = process.argv[2];
  const url = process.env.DATABASE_URL;
  if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name) || !url) {
    throw new Error('Usage: DATABASE_URL=postgres://… node dist/cli/generate-migration.js PascalCaseName');
  }
  const dataSource = await new DataSource(dataSourceOptions(url, 2)).initialize();
  try {
    await dataSource.runMigrations();
    const sql = await dataSource.driver.createSchemaBuilder().log();
    if (sql.upQueries.length === 0) {
      console.log('Entities and migrations agree: nothing to generate.');
      return;
    }
    const timestamp = Date.now();
    const quote = (q: string) => '`' + q.replace(/`/g, '\\`') + '`';
    const lines = (queries: { query: string }[]) => queries.map((q) => `    await queryRunner.query(${quote(q.query)});`).join('\n');
    const file = path.join(__dirname, '..', '..', 'src', 'migrations', `${timestamp}-${name}.ts`);
    fs.writeFileSync(
      file,
      `import type { MigrationInterface, QueryRunner } from 'typeorm';\n\n` +
        `export class ${name}${timestamp} implements MigrationInterface {\n` +
        `  name = '${name}${timestamp}';\n\n` +
        `  async up(queryRunner: QueryRunner): Promise<void> {\n${lines(sql.upQueries)}\n  }\n\n` +
        `  async down(queryRunner: QueryRunner): Promise<void> {\n${lines(sql.downQueries.reverse())}\n  }\n}\n`,
    );
    console.log(`Wrote ${path.relative(process.cwd(), file)}; add it to src/migrations/index.ts`);
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
