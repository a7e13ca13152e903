import 'reflect-metadata';
import { ConsoleLogger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module';
import { exitWithStartupError, startInfrastructure } from './bootstrap/infrastructure';
import { configureHttpApp } from './http-app';
import { logLevelsFrom } from './bootstrap/log-levels';
import { SeedsService } from './seeds/seeds.service';

async function main() {
  const startedAt = Date.now();
  const infrastructure = await startInfrastructure();
  const { environment, database } = infrastructure;
  const app = await NestFactory.create(
    AppModule.forRoot({ url: database.url, poolSize: database.poolSize, runMigrations: true }),
    { logger: new ConsoleLogger({ logLevels: logLevelsFrom(environment.LOG_LEVEL) }) },
  );
  configureHttpApp(app);
  if (environment.SEED_ON_START) await app.get(SeedsService).seedIfEmpty();
  await app.listen(environment.PORT, environment.HOST);
  const url = await app.getUrl();
  const where = environment.DATABASE_URL ? 'PostgreSQL at DATABASE_URL' : `embedded PGlite in ${environment.PGLITE_DIR}`;
  process.stdout.write(
    `\nUrgent Action campaign manager is ready in ${Date.now() - startedAt} ms\n` +
      `  API:      ${url}/api/actions\n  Docs:     ${url}/api/docs\n  Health:   ${url}/api/health\n` +
      `  Database: ${where}\n  Redis:    ${environment.REDIS_URL}\n\n`,
  );
  const shutdown = async () => {
    await app.close();
    await infrastructure.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown());
  process.once('SIGTERM', () => void shutdown());
}

main().catch(exitWithStartupError);
