import { Injectable, ServiceUnavailableException } from '@nestjs/common';
import {
  HealthCheckResult,
  HealthCheckService,
  HealthIndicatorResult,
  HealthIndicatorService,
  TypeOrmHealthIndicator,
} from '@nestjs/terminus';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { RedisConnection } from '../redis/redis.module';
import { RelayReachability } from './relay-reachability';

const CHECK_TIMEOUT_MS = 2000;
/**
 * One probe of the database and one of Redis answer every health request for this long (`cachedResponse: true`).
 * Asked afresh, each request was a query on the pool the worker also uses, a PING and two timers of 2 s: under a
 * monitor's or a load balancer's burst, in the process that also sends the mail, health cost twice what a page costs
 * and queued for connections. An outage still shows within REMEMBER_MS plus CHECK_TIMEOUT_MS.
 */
const REMEMBER_MS = 1000;

/** The checks behind readiness, shared by the API's /api/health routes and the worker's own port. */
@Injectable()
export class Readiness {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly indicators: HealthIndicatorService,
    private readonly redis: RedisConnection,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly relay: RelayReachability,
  ) {}

  /** Database and Redis: what every request and job needs. Throws (503) when one is down. */
  core(): Promise<HealthCheckResult> {
    return this.health.check([() => this.pingDatabase(), () => this.pingRedis()]);
  }

  /** Database, Redis and the SMTP relay: ready to take traffic and send mail. Throws (503) when one is down. */
  ready(): Promise<HealthCheckResult> {
    return this.health.check([() => this.pingDatabase(), () => this.pingRedis(), () => this.checkRelay()]);
  }

  /** The same as ready(), as a status code and a body, for a server outside Nest's exception handling. */
  async readyAnswer(): Promise<{ status: number; body: unknown }> {
    try {
      return { status: 200, body: await this.ready() };
    } catch (error) {
      if (error instanceof ServiceUnavailableException) return { status: 503, body: error.getResponse() };
      throw error;
    }
  }

  private pingDatabase() {
    return this.database.pingCheck('database', { connection: this.dataSource, timeout: CHECK_TIMEOUT_MS }).cacheFor(REMEMBER_MS);
  }

  private pingRedis() {
    return this.indicators
      .check('redis')
      .attempt(async () => ({ answer: await this.redis.client.ping() }))
      .withTimeout(CHECK_TIMEOUT_MS)
      .cacheFor(REMEMBER_MS);
  }

  private async checkRelay(): Promise<HealthIndicatorResult> {
    const indicator = this.indicators.check('relay');
    const relay = await this.relay.check();
    return relay.reachable ? indicator.up({ detail: relay.detail }) : indicator.down({ message: relay.detail });
  }
}
