import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { FirstRunSetupService } from './accounts/first-run/first-run-setup.service';
import { AppModule } from './app.module';
import { exitWithStartupError, startInfrastructure } from './bootstrap/infrastructure';
import { QuietStartLogger } from './bootstrap/quiet-start-logger';
import { startBanner } from './bootstrap/start-banner';
import { configureHttpApp } from './http-app';
import { SeedsService } from './seeds/seeds.service';

async function main() {
  const startedAt = Date.now();
  const infrastructure = await startInfrastructure();
  const { environment, database } = infrastructure;
  const app = await NestFactory.create(
    AppModule.forRoot({ url: database.url, poolSize: database.poolSize, runMigrations: true }),
    { logger: new QuietStartLogger(environment.LOG_LEVEL) },
  );
  configureHttpApp(app);
  if (environment.SEED_ON_START) await app.get(SeedsService).seedOnStart({ withDemonstration: !environment.DATABASE_URL });
  const setupToken = await app.get(FirstRunSetupService).openIfNoStaff();
  await app.listen(environment.PORT, environment.HOST);
  const url = (await app.getUrl()).replace('[::1]', 'localhost');
  process.stdout.write(startBanner({ url, startedInMs: Date.now() - startedAt, setupToken, environment }));
  const shutdown = async () => {
    await app.close();
    await infrastructure.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown());
  process.once('SIGTERM', () => void shutdown());
}

main().catch(exitWithStartupError);
