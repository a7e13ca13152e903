import 'reflect-metadata';
import cluster from 'node:cluster';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { exitWithStartupError } from './bootstrap/infrastructure';
import { refuseUnsafeProductionSetup } from './bootstrap/production-guards';
import { redactedUrl } from './bootstrap/redacted-url';
import { configurationOf } from './config/configuration';
import { loadEnvironment } from './config/environment';
import { startWorkerProbeServer } from './health/worker-probe-server';
import { logFields, nestLoggerOptions, useJsonLoggerIfAsked } from './logging/app-logger';
import { WorkerModule } from './worker/worker.module';
import { superviseWorkerProcesses } from './worker/worker-processes';

/**
 * `npm run start:worker`: the notification queues' worker alone (WorkerModule: no HTTP module), so several can share
 * one Redis and one database. The scheduler runs in the API process (RUN_SCHEDULER there), never here: the worker
 * does not boot the modules whose tasks it would run.
 */
async function main() {
  if (process.env.RUN_SCHEDULER === 'true') {
    throw new Error('RUN_SCHEDULER=true is for the API process (npm start); a worker (npm run start:worker) runs jobs only');
  }
  // A worker works the queues and never schedules, whatever the shell says: read once, with that said.
  const environment = loadEnvironment({ ...process.env, RUN_WORKER: 'true', RUN_SCHEDULER: 'false' });
  const configuration = configurationOf(environment);
  refuseUnsafeProductionSetup(environment);
  if (!environment.DATABASE_URL) {
    throw new Error(
      'npm run start:worker needs DATABASE_URL: the embedded database serves a single process (npm start runs a worker inside it)',
    );
  }
  if (cluster.isPrimary && environment.WORKER_PROCESSES > 1) {
    superviseWorkerProcesses(environment, (line) => process.stdout.write(`${line}\n`));
    return;
  }
  const app = await NestFactory.createApplicationContext(
    WorkerModule.forRoot(
      { url: environment.DATABASE_URL, poolSize: configuration.sending.concurrency + 6, runMigrations: false },
      configuration,
    ),
    nestLoggerOptions(configuration.logging),
  );
  useJsonLoggerIfAsked(app, configuration.logging);
  const probes = await startWorkerProbeServer(app);
  const { logging, redis } = configuration;
  const ready = `Notification worker ready (pid ${process.pid}, queue prefix "${redis.keyPrefix}", Redis ${redactedUrl(redis.url)}), metrics and health at ${probes.url}`;
  const logger = new Logger('Worker');
  if (logging.format === 'json') logger.log(logFields(logging, ready, { probes: probes.url, queuePrefix: redis.keyPrefix }));
  else process.stdout.write(`${ready}\n`);
  const shutdown = async (signal: string) => {
    if (logging.format === 'json') logger.log(`${signal}: letting running jobs finish`);
    else process.stdout.write(`${signal}: letting running jobs finish\n`);
    await probes.close();
    await app.close();
    process.exit(0);
  };
  // Under WORKER_PROCESSES, the supervisor counts a process as started once it says so.
  if (cluster.isWorker) process.send?.('ready');
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch(exitWithStartupError);
