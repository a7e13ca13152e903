import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { exitWithStartupError } from '../bootstrap/infrastructure';
import { loadEnvironment } from '../config/environment';
import { databaseOptions } from './database-options';
import { openDatabase } from './embedded-postgres';

/** `npm run migration:run`: applies pending migrations to DATABASE_URL, or to the embedded database. */
async function runMigrations() {
  const environment = loadEnvironment();
  const database = await openDatabase(environment.DATABASE_URL, environment.PGLITE_DIR);
  const dataSource = await new DataSource(databaseOptions(database.url, database.poolSize)).initialize();
  try {
    const applied = await dataSource.runMigrations();
    process.stdout.write(
      applied.length ? `Applied: ${applied.map((migration) => migration.name).join(', ')}\n` : 'No pending migrations\n',
    );
  } finally {
    await dataSource.destroy();
    await database.close();
  }
}

runMigrations().catch(exitWithStartupError);
