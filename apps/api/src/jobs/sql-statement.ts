// The statements that run once or more per job (outbox insert, relay claim, start and completion marks), sent straight
// to the connection: they skip the ORM's per-query work, which costs more CPU than the rows. Only a statement whose best
// plan never depends on the table's size is kept prepared on each connection (`preparedAs`): PostgreSQL may keep the
// plan it made on a nearly empty table (a new deployment, an emptied table), and a lookup planned then reads the whole
// table for as long as the plan is kept. The others are planned on every run.
import { DataSource, type EntityManager } from 'typeorm';

interface PgClient {
  query(config: { name?: string; text: string; values: unknown[] }): Promise<{ rows: unknown[] }>;
}

export class SqlStatement<R> {
  /** `preparedAs`: the name it is kept prepared under on each connection (parsed and planned once per connection). */
  constructor(
    private readonly text: string,
    private readonly options: { preparedAs?: string } = {},
  ) {}

  /** Runs on the connection of `target`: a transaction's own connection, or any pooled one (autocommit). */
  async run(target: DataSource | EntityManager, values: unknown[] = []): Promise<R[]> {
    const client = await connectionOf(target);
    const result = await client.query({ name: this.options.preparedAs, text: this.text, values });
    return result.rows as R[];
  }
}

async function connectionOf(target: DataSource | EntityManager): Promise<PgClient> {
  if (!(target instanceof DataSource) && target.queryRunner) return (await target.queryRunner.connect()) as PgClient;
  const dataSource = target instanceof DataSource ? target : target.connection;
  // The PostgreSQL driver's pool (pg.Pool): its query() takes a connection for the one statement and returns it.
  return (dataSource.driver as unknown as { master: PgClient }).master;
}
