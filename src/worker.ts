import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { exitWithStartupError } from './bootstrap/infrastructure';
import { refuseUnsafeProductionSetup } from './bootstrap/production-guards';
import { redactedUrl } from './bootstrap/redacted-url';
import { configurationOf } from './config/configuration';
import { loadEnvironment } from './config/environment';
import { startWorkerProbeServer } from './health/worker-probe-server';
import { logFields, nestLoggerOptions, useJsonLoggerIfAsked } from './logging/app-logger';
import { queuePrefix } from './notifications/queues/queue-settings';
import { WorkerModule } from './worker/worker.module';

/**
 * `npm run start:worker`: the notification queues' worker alone (WorkerModule: no HTTP module), so several can share
 * one Redis and one database. The scheduler runs in the API process (RUN_SCHEDULER there), never here: the worker
 * does not boot the modules whose tasks it would run.
 */
async function main() {
  if (process.env.RUN_SCHEDULER === 'true') {
    throw new Error('RUN_SCHEDULER=true is for the API process (npm start); a worker (npm run start:worker) runs jobs only');
  }
  process.env.RUN_WORKER = 'true';
  process.env.RUN_SCHEDULER = 'false';
  const environment = loadEnvironment();
  refuseUnsafeProductionSetup(environment);
  if (!environment.DATABASE_URL) {
    throw new Error('npm run start:worker needs DATABASE_URL: the embedded database serves a single process (npm start runs a worker inside it)');
  }
  const app = await NestFactory.createApplicationContext(
    WorkerModule.forRoot({ url: environment.DATABASE_URL, poolSize: environment.MAIL_CONCURRENCY + 6, runMigrations: false }, configurationOf(environment)),
    nestLoggerOptions(environment),
  );
  useJsonLoggerIfAsked(app, environment);
  const probes = await startWorkerProbeServer(app);
  const ready = `Notification worker ready (pid ${process.pid}, queue prefix "${queuePrefix(environment)}", Redis ${redactedUrl(environment.REDIS_URL)}), metrics and health at ${probes.url}`;
  const logger = new Logger('Worker');
  if (environment.LOG_FORMAT === 'json') logger.log(logFields(environment, ready, { probes: probes.url, queuePrefix: queuePrefix(environment) }));
  else process.stdout.write(`${ready}\n`);
  const shutdown = async (signal: string) => {
    if (environment.LOG_FORMAT === 'json') logger.log(`${signal}: letting running jobs finish`);
    else process.stdout.write(`${signal}: letting running jobs finish\n`);
    await probes.close();
    await app.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch(exitWithStartupError);
