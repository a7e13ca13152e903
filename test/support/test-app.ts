import 'reflect-metadata';
import type { INestApplication, Type } from '@nestjs/common';
import { Test, TestingModule, TestingModuleBuilder } from '@nestjs/testing';
import { AppModule } from '../../src/app.module';
import { Clock } from '../../src/common/clock';
import { Configuration, loadConfiguration } from '../../src/config/configuration';
import { configureHttpApp } from '../../src/http-app';
import { createTestDatabase, TestDatabase } from './test-database';

export interface TestApp {
  app: INestApplication;
  /** http://127.0.0.1:<port> of the listening app. */
  baseUrl: string;
  database: TestDatabase;
  /** The configuration groups the app was built with. */
  config: Configuration;
  get<T>(type: Type<T>): T;
  close(): Promise<void>;
}

export interface TestAppOptions {
  environment?: Record<string, string>;
  /** The app's clock: a TestClock the test sets or advances (test/support/clock.ts). */
  clock?: Clock;
  /** Swap providers that reach outside (clock, transports) before the app starts. */
  override?: (builder: TestingModuleBuilder) => TestingModuleBuilder;
  /** Where the app reaches its database, given the database's URL (e.g. through a proxy the test controls). */
  reachDatabaseAt?: (url: string) => Promise<string>;
}

/** The whole app, on a fresh database of its own, listening on a free port. */
export async function createTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const { moduleRef, database, config } = await compileApp(options);
  const app = configureHttpApp(moduleRef.createNestApplication({ logger: ['error'] }));
  await app.listen(0, '127.0.0.1');
  const baseUrl = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  return {
    app,
    baseUrl,
    database,
    config,
    get: (type) => app.get(type),
    async close() {
      await app.close();
      await database.drop();
    },
  };
}

export interface TestContext {
  database: TestDatabase;
  /** The configuration groups the app was built with. */
  config: Configuration;
  get<T>(type: Type<T>): T;
  close(): Promise<void>;
}

/** The app's providers on a fresh database, started without HTTP: for use cases tested as plain calls. */
export async function createTestContext(options: TestAppOptions = {}): Promise<TestContext> {
  const { moduleRef, database, config } = await compileApp(options);
  moduleRef.useLogger(['error']);
  const context = await moduleRef.init();
  return {
    database,
    config,
    get: (type) => context.get(type),
    async close() {
      await context.close();
      await database.drop();
    },
  };
}

async function compileApp(options: TestAppOptions): Promise<{ moduleRef: TestingModule; database: TestDatabase; config: Configuration }> {
  const database = await createTestDatabase();
  const databaseUrl = options.reachDatabaseAt ? await options.reachDatabaseAt(database.url) : database.url;
  const config = loadConfiguration({
    NODE_ENV: 'test',
    LOG_LEVEL: 'error',
    SEED_ON_START: 'false',
    // Tests that need the notification worker or scheduler ask for them.
    RUN_WORKER: 'false',
    RUN_SCHEDULER: 'false',
    REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    ...options.environment,
    DATABASE_URL: databaseUrl,
  });
  let builder = Test.createTestingModule({
    imports: [AppModule.forRoot({ url: databaseUrl, poolSize: 4, runMigrations: false }, config)],
  });
  if (options.clock) builder = builder.overrideProvider(Clock).useValue(options.clock);
  if (options.override) builder = options.override(builder);
  return { moduleRef: await builder.compile(), database, config };
}
