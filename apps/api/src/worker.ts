// Job worker entry point: the same modules as the API, no HTTP; consumes the BullMQ queues until SIGTERM.
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';
import { ConfigError, loadConfig } from './config/config';

async function bootstrap() {
  const config = loadConfig();
  if (!config.redisUrl) {
    throw new ConfigError([
      'REDIS_URL: required for a worker process (without Redis, jobs run inside the API process: use `pnpm start`)',
    ]);
  }
  const app = await NestFactory.createApplicationContext(AppModule.forRoot({ config, role: 'worker' }), { bufferLogs: true });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  await app.init();
  console.log('Daikou worker is consuming jobs');
}

bootstrap().catch((error) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
