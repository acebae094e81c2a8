// The file store, and the start-up check that a scaled deployment says where its files go.
import { Inject, Module, type OnModuleInit } from '@nestjs/common';
import { APP_CONFIG, ConfigError, type AppConfig } from '../config/config';
import { PROCESS_ROLE, type ProcessRole } from '../jobs/jobs.service';
import { FILE_STORE } from './file-store';
import { LocalFileStore } from './local-file-store';

@Module({
  providers: [
    {
      provide: FILE_STORE,
      inject: [APP_CONFIG],
      // Without a directory nothing is ever stored: the API refuses to start (below) before any upload.
      useFactory: (config: AppConfig) => new LocalFileStore(config.files.dir ?? '/nonexistent'),
    },
  ],
  exports: [FILE_STORE],
})
export class StorageModule implements OnModuleInit {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(PROCESS_ROLE) private readonly role: ProcessRole,
  ) {}

  onModuleInit(): void {
    // The API stores uploads; several API processes must share one directory, so it cannot be a guess.
    if (this.role === 'api' && this.config.files.dir === null) {
      throw new ConfigError(['DAIKOU_FILES_DIR: required when DATABASE_URL is set (a directory every API process shares, e.g. a mounted volume)']);
    }
  }
}
