// Owns the database connection for the whole process: embedded PGlite or an external PostgreSQL, chosen by config.
import { Global, Inject, Injectable, Logger, Module, type OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { dataSourceOptions } from './data-source-options';
import { startEmbeddedPostgres, type EmbeddedPostgres } from './embedded-postgres';

export const EMBEDDED_POSTGRES = Symbol('EMBEDDED_POSTGRES');

/**
 * PGlite is one session: pglite-socket serialises statements, but not a client's Parse/Bind/Execute sequence, so two
 * connections querying at once can swap parameters. One connection keeps every query whole (PGlite runs one at a
 * time anyway); code inside a transaction must use its own manager, as everywhere.
 */
export const EMBEDDED_POOL_SIZE = 1;

@Injectable()
class DatabaseLifecycle implements OnApplicationShutdown {
  private readonly logger = new Logger('Database');

  constructor(
    private readonly dataSource: DataSource,
    @Inject(EMBEDDED_POSTGRES) private readonly embedded: EmbeddedPostgres | null,
  ) {}

  async onApplicationShutdown(): Promise<void> {
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
    if (this.embedded) {
      await this.embedded.stop();
      this.logger.log('Embedded PostgreSQL stopped');
    }
  }
}

@Global()
@Module({
  providers: [
    {
      provide: EMBEDDED_POSTGRES,
      inject: [APP_CONFIG],
      useFactory: async (config: AppConfig): Promise<EmbeddedPostgres | null> => {
        if (config.database.mode !== 'embedded') return null;
        const embedded = await startEmbeddedPostgres(config.database.dataDir, EMBEDDED_POOL_SIZE + 4);
        new Logger('Database').log(`Embedded PostgreSQL (PGlite) on ${embedded.url}, data in ${config.database.dataDir}`);
        return embedded;
      },
    },
    {
      provide: DataSource,
      inject: [APP_CONFIG, EMBEDDED_POSTGRES],
      useFactory: async (config: AppConfig, embedded: EmbeddedPostgres | null): Promise<DataSource> => {
        const url = embedded ? embedded.url : (config.database as { url: string }).url;
        const dataSource = new DataSource(dataSourceOptions(url, embedded ? EMBEDDED_POOL_SIZE : config.databasePoolSize));
        try {
          await dataSource.initialize();
          if (config.autoMigrate) {
            const applied = await dataSource.runMigrations({ transaction: 'each' });
            if (applied.length > 0) new Logger('Database').log(`Applied ${applied.length} migration(s)`);
          }
        } catch (error) {
          if (dataSource.isInitialized) await dataSource.destroy();
          await embedded?.stop();
          throw error;
        }
        return dataSource;
      },
    },
    DatabaseLifecycle,
  ],
  exports: [DataSource],
})
export class DatabaseModule {}
