// `pnpm db:migrate`: applies pending migrations to DATABASE_URL (or the embedded database) and exits.
import { runWithDataSource } from './cli-data-source';

runWithDataSource(async (dataSource) => {
  const applied = await dataSource.runMigrations({ transaction: 'each' });
  console.log(applied.length ? `Applied: ${applied.map((m) => m.name).join(', ')}` : 'The database is up to date.');
});
