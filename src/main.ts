import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FirstRunSetupService } from './accounts/first-run/first-run-setup.service';
import { AppModule } from './app.module';
import { exitWithStartupError, startInfrastructure } from './bootstrap/infrastructure';
import { startBanner, startFacts } from './bootstrap/start-banner';
import { configureHttpApp } from './http-app';
import { nestLoggerOptions, useJsonLoggerIfAsked } from './logging/app-logger';
import { SeedsService } from './seeds/seeds.service';

async function main() {
  const startedAt = Date.now();
  const infrastructure = await startInfrastructure();
  const { environment, configuration, database } = infrastructure;
  const app = await NestFactory.create(
    AppModule.forRoot({ url: database.url, poolSize: database.poolSize, runMigrations: true }, configuration),
    nestLoggerOptions(configuration.logging),
  );
  useJsonLoggerIfAsked(app, configuration.logging);
  configureHttpApp(app);
  if (environment.SEED_ON_START) await app.get(SeedsService).seedOnStart({ withDemonstration: !environment.DATABASE_URL });
  const setupToken = await app.get(FirstRunSetupService).openIfNoStaff();
  await app.listen(environment.PORT, environment.HOST);
  const url = (await app.getUrl()).replace('[::1]', 'localhost');
  const facts = { url, startedInMs: Date.now() - startedAt, setupToken, environment };
  // A log collector gets the facts as one line, without the one-time setup link (a token).
  if (configuration.logging.format === 'json') new Logger('Start').log(startFacts(facts));
  else process.stdout.write(startBanner(facts));
  const shutdown = async () => {
    await app.close();
    await infrastructure.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown());
  process.once('SIGTERM', () => void shutdown());
}

main().catch(exitWithStartupError);
