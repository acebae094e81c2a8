// `pnpm db:migrate`: applies pending migrations to DATABASE_URL (or the embedded database) and exits.
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { ConfigError, loadConfig } from '../config/config';
import { dataSourceOptions } from '../database/data-source-options';
import { startEmbeddedPostgres } from '../database/embedded-postgres';

async function main() {
  const config = loadConfig();
  const embedded = config.database.mode === 'embedded' ? await startEmbeddedPostgres(config.database.dataDir, 3) : null;
  const url = embedded ? embedded.url : (config.database as { url: string }).url;
  const dataSource = await new DataSource(dataSourceOptions(url, 2)).initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    console.log(applied.length ? `Applied: ${applied.map((m) => m.name).join(', ')}` : 'The database is up to date.');
  } finally {
    await dataSource.destroy();
    await embedded?.stop();
  }
}

main().catch((error) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
