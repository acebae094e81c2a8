// Command-line tools open the database as the app does: DATABASE_URL, or the embedded data directory (with its lock).
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { ConfigError, loadConfig } from '../config/config';
import { dataSourceOptions } from '../database/data-source-options';
import { EMBEDDED_POOL_SIZE } from '../database/database.module';
import { startEmbeddedPostgres } from '../database/embedded-postgres';

export function runWithDataSource(work: (dataSource: DataSource) => Promise<void>): void {
  (async () => {
    const config = loadConfig();
    const embedded = config.database.mode === 'embedded' ? await startEmbeddedPostgres(config.database.dataDir, 3) : null;
    const url = embedded ? embedded.url : (config.database as { url: string }).url;
    const dataSource = await new DataSource(dataSourceOptions(url, embedded ? EMBEDDED_POOL_SIZE : 2)).initialize();
    try {
      await work(dataSource);
    } finally {
      await dataSource.destroy();
      await embedded?.stop();
    }
  })().catch((error) => {
    console.error(error instanceof ConfigError ? error.message : error);
    process.exit(1);
  });
}
