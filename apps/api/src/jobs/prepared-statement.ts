// The statements run once or more per job (outbox insert, relay claim, start and completion marks) as named prepared
// statements: each connection parses and plans them once instead of on every job, and they skip the ORM's per-query work.
// A statement without parameters has one plan, made when it first runs on a connection and kept: one whose best plan
// depends on the table's size (the relay's claim) is therefore sent unnamed and planned on every run instead.
import { DataSource, type EntityManager } from 'typeorm';

interface PgClient {
  query(config: { name?: string; text: string; values: unknown[] }): Promise<{ rows: unknown[] }>;
}

export class PreparedStatement<R> {
  /**
   * `planEachRun`: not kept prepared. A plan made while the table was nearly empty (a new deployment, or one whose
   * table was emptied) scans all of it, and a kept plan would go on doing so as the table grows.
   */
  constructor(
    private readonly name: string,
    private readonly text: string,
    private readonly options: { planEachRun?: boolean } = {},
  ) {}

  /** Runs on the connection of `target`: a transaction's own connection, or any pooled one (autocommit). */
  async run(target: DataSource | EntityManager, values: unknown[] = []): Promise<R[]> {
    const client = await connectionOf(target);
    const result = await client.query(this.options.planEachRun ? { text: this.text, values } : { name: this.name, text: this.text, values });
    return result.rows as R[];
  }
}

async function connectionOf(target: DataSource | EntityManager): Promise<PgClient> {
  if (!(target instanceof DataSource) && target.queryRunner) return (await target.queryRunner.connect()) as PgClient;
  const dataSource = target instanceof DataSource ? target : target.connection;
  // The PostgreSQL driver's pool (pg.Pool): its query() takes a connection for the one statement and returns it.
  return (dataSource.driver as unknown as { master: PgClient }).master;
}
