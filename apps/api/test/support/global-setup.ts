// Once per test run: a migrated template database; each test file then clones it (CREATE DATABASE … TEMPLATE).
import 'reflect-metadata';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../src/database/data-source-options';
import { TEMPLATE_DB, testDatabaseUrl, withDatabase } from './database-urls';

export default async function globalSetup(): Promise<void> {
  const admin = new Client({ connectionString: testDatabaseUrl() });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DB} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${TEMPLATE_DB}`);
  } finally {
    await admin.end();
  }
  const dataSource = await new DataSource(dataSourceOptions(withDatabase(TEMPLATE_DB), 2)).initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  await dataSource.destroy();
}
