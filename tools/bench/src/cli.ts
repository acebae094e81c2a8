// Entry point: `seed --scale small|national` (into DATABASE_URL) or `run [benchmark…]` (see bench.sh).
import { runBenchmarks } from './run/run-benchmarks.js';
import { isScale } from './seed/scale.js';
import { seedDatabase } from './seed/seed-database.js';

async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  if (command === 'seed') {
    const at = rest.indexOf('--scale');
    const scale = at >= 0 ? rest[at + 1] : undefined;
    if (!scale || !isScale(scale)) throw new Error('Usage: pnpm bench:seed --scale small|national');
    const databaseUrl = process.env.DATABASE_URL;
    if (!databaseUrl) throw new Error('DATABASE_URL: set it to the database to seed (empty, or already seeded with this dataset)');
    const outcome = await seedDatabase({ databaseUrl, scale, log: (line) => console.log(line) });
    console.log(JSON.stringify(outcome.counts));
    return;
  }
  if (command === 'run') {
    const databaseUrl = process.env.TEST_DATABASE_URL;
    const redisUrl = process.env.TEST_REDIS_URL;
    if (!databaseUrl || !redisUrl) throw new Error('TEST_DATABASE_URL and TEST_REDIS_URL: the PostgreSQL server and Redis to run on (bench.sh starts them)');
    const met = await runBenchmarks(rest, { databaseUrl, redisUrl });
    console.log(met ? 'Every goal is met.' : 'Some goals are NOT met (rows marked NO).');
    return;
  }
  throw new Error(`Unknown command "${command ?? ''}": use seed or run`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
