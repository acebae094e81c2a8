// The statements run once or more per job (outbox insert, relay claim, start and completion marks) as named prepared
// statements: each connection parses and plans them once instead of on every job, and they skip the ORM's per-query work.
import { DataSource, type EntityManager } from 'typeorm';

interface PgClient {
  query(config: { name: string; text: string; values: unknown[] }): Promise<{ rows: unknown[] }>;
}

export class PreparedStatement<R> {
  constructor(
    private readonly name: string,
    private readonly text: string,
  ) {}

  /** Runs on the connection of `target`: a transaction's own connection, or any pooled one (autocommit). */
  async run(target: DataSource | EntityManager, values: unknown[] = []): Promise<R[]> {
    const client = await connectionOf(target);
    const result = await client.query({ name: this.name, text: this.text, values });
    return result.rows as R[];
  }
}

async function connectionOf(target: DataSource | EntityManager): Promise<PgClient> {
  if (!(target instanceof DataSource) && target.queryRunner) return (await target.queryRunner.connect()) as PgClient;
  const dataSource = target instanceof DataSource ? target : target.connection;
  // The PostgreSQL driver's pool (pg.Pool): its query() takes a connection for the one statement and returns it.
  return (dataSource.driver as unknown as { master: PgClient }).master;
}
