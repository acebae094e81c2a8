// Entities and migrations must agree: after all migrations, TypeORM finds nothing to change.
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../src/database/data-source-options';
import { createTestDatabase } from '../support/test-database';

it('has a migration for every entity change', async () => {
  const database = await createTestDatabase();
  const dataSource = await new DataSource(dataSourceOptions(database.url, 2)).initialize();
  try {
    await dataSource.runMigrations();
    const pending = await dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  } finally {
    await dataSource.destroy();
    await database.drop();
  }
});
