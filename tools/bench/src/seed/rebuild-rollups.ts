// Child process of the seed: the dashboards' entries and national sums computed by the API's own nightly rebuild
// (InsightRollupsService.rebuild), on DATABASE_URL. Prints the rebuild's report as JSON.
import { apiRequire, loadApiModule } from '../api-modules.js';

interface DataSource {
  initialize(): Promise<DataSource>;
  query(sql: string): Promise<unknown>;
  destroy(): Promise<void>;
}

interface RollupsService {
  rebuild(): Promise<{ partnerships: number }>;
}

async function main(): Promise<void> {
  apiRequire('reflect-metadata');
  const { DataSource: DataSourceClass } = apiRequire('typeorm') as { DataSource: new (options: unknown) => DataSource };
  const { dataSourceOptions } = loadApiModule<{ dataSourceOptions: (url: string, pool: number) => unknown }>('database/data-source-options.js');
  const { InsightRollupsService } = loadApiModule<{ InsightRollupsService: new (dataSource: DataSource, jobs: unknown) => RollupsService }>('insight/insight-rollups.service.js');
  const dataSource = await new DataSourceClass(dataSourceOptions(process.env.DATABASE_URL!, 2)).initialize();
  try {
    // The job service only registers handlers (onModuleInit, not called here): the rebuild itself never uses it.
    const report = await new InsightRollupsService(dataSource, null).rebuild();
    // Freshly written tables, analysed now: otherwise autovacuum works through millions of rows during the first run.
    await dataSource.query('VACUUM ANALYZE');
    console.log(JSON.stringify(report));
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
