// HTTP API entry point: also serves the built web app on the same port.
import 'reflect-metadata';
import { ConfigError, loadConfig } from './config/config';
import { createHttpApp } from './http-app';

async function bootstrap() {
  const config = loadConfig();
  const app = await createHttpApp({ config });
  await app.listen(config.port, config.host);
  const url = `http://localhost:${config.port}`;
  console.log(`Daikou is running at ${url} (database: ${config.database.mode}, jobs: ${config.redisUrl ? 'bullmq' : 'inline'})`);
}

bootstrap().catch((error) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
