import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { AppModule } from '../app.module';
import { exitWithStartupError } from '../bootstrap/infrastructure';
import { configurationOf } from '../config/configuration';
import { loadEnvironment } from '../config/environment';
import { openDatabase } from '../database/embedded-postgres';
import { SeedsService } from './seeds.service';

/** `npm run seed`: loads seeds/ into the database; running it again adds nothing twice. */
async function runSeeds() {
  const environment = loadEnvironment();
  const database = await openDatabase(environment.DATABASE_URL, environment.PGLITE_DIR);
  const context = await NestFactory.createApplicationContext(
    AppModule.forRoot({ url: database.url, poolSize: database.poolSize, runMigrations: true }, configurationOf(environment)),
    { logger: ['error', 'warn'] },
  );
  try {
    const report = await context.get(SeedsService).seed();
    process.stdout.write(`Actions added: ${report.actionsCreated.join(', ') || 'none'}\nSections added: ${report.sectionsCreated.join(', ') || 'none'}\n`);
  } finally {
    await context.close();
    await database.close();
  }
}

runSeeds().catch(exitWithStartupError);
