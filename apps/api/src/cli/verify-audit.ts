// `pnpm audit:verify`: checks the audit log's hash chain and names the first broken entry (exit 1 when broken).
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { ConfigError, loadConfig } from '../config/config';
import { dataSourceOptions } from '../database/data-source-options';
import { startEmbeddedPostgres } from '../database/embedded-postgres';

async function main() {
  const config = loadConfig();
  const embedded = config.database.mode === 'embedded' ? await startEmbeddedPostgres(config.database.dataDir, 3) : null;
  const url = embedded ? embedded.url : (config.database as { url: string }).url;
  const dataSource = await new DataSource(dataSourceOptions(url, 2)).initialize();
  try {
    const check = await new AuditService(dataSource).verify();
    if (check.ok) {
      console.log(`Audit chain intact: ${check.entries} entries verified.`);
    } else {
      console.error(`Audit chain BROKEN at entry ${check.brokenAt}: ${check.reason} (${check.entries} entries read).`);
      process.exitCode = 1;
    }
  } finally {
    await dataSource.destroy();
    await embedded?.stop();
  }
}

main().catch((error) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
