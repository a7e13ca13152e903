import { randomBytes } from 'node:crypto';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { ModulesContainer } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import { loadConfiguration } from '../../src/config/configuration';
import { JobHandlers } from '../../src/notifications/worker/job-handlers';
import { WorkerModule } from '../../src/worker/worker.module';
import { PROJECT_ROOT } from '../support/built-app';
import { createTestDatabase, TestDatabase } from '../support/test-database';

describe('the worker process boots the job handlers and no HTTP module', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database.drop();
  });

  it('holds no controller, and none of the modules that serve pages or the API', async () => {
    const configuration = loadConfiguration({
      NODE_ENV: 'test',
      LOG_LEVEL: 'error',
      RUN_WORKER: 'false',
      RUN_SCHEDULER: 'false',
      DATABASE_URL: database.url,
      REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
      QUEUE_PREFIX: `uatest-workermodule-${randomBytes(4).toString('hex')}`,
    });
    const moduleRef = await Test.createTestingModule({
      imports: [WorkerModule.forRoot({ url: database.url, poolSize: 2, runMigrations: false }, configuration)],
    }).compile();
    const context = await moduleRef.init();
    try {
      expect(context.get(JobHandlers).handlers).toHaveProperty('send batch');
      const modules = [...context.get(ModulesContainer).values()];
      const names = modules.map((module) => module.metatype.name);
      expect(names).toEqual(
        expect.arrayContaining(['NotificationsModule', 'WebhooksModule', 'MailModule', 'HealthModule', 'MetricsModule']),
      );
      for (const httpModule of [
        'PagesModule',
        'AccountsModule',
        'ActionsModule',
        'LettersModule',
        'NotificationsApiModule',
        'HealthApiModule',
        'WebhooksApiModule',
      ]) {
        expect(names).not.toContain(httpModule);
      }
      expect(modules.filter((module) => module.controllers.size > 0).map((module) => module.metatype.name)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('refuses RUN_SCHEDULER=true, naming where the scheduler runs', async () => {
    const child = spawn(process.execPath, [join(PROJECT_ROOT, 'dist/worker.js')], {
      cwd: PROJECT_ROOT,
      env: { PATH: process.env.PATH, DATABASE_URL: database.url, RUN_SCHEDULER: 'true', WORKER_METRICS_PORT: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(code).toBe(1);
    expect(output).toContain('RUN_SCHEDULER=true is for the API process (npm start)');
  });
});
