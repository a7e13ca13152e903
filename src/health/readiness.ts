import { Injectable, ServiceUnavailableException } from '@nestjs/common';
import { HealthCheckResult, HealthCheckService, HealthIndicatorResult, HealthIndicatorService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { RedisConnection } from '../redis/redis.module';
import { RelayProbe } from './relay-probe';

const CHECK_TIMEOUT_MS = 2000;

/** The checks behind readiness, shared by the API's /api/health routes and the worker's own port. */
@Injectable()
export class Readiness {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly indicators: HealthIndicatorService,
    private readonly redis: RedisConnection,
    private readonly relay: RelayProbe,
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
    return this.database.pingCheck('database', { timeout: CHECK_TIMEOUT_MS });
  }

  private async pingRedis(): Promise<HealthIndicatorResult> {
    const indicator = this.indicators.check('redis');
    try {
      const answer = await Promise.race([
        this.redis.client.ping(),
        new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no answer within ${CHECK_TIMEOUT_MS / 1000} s`)), CHECK_TIMEOUT_MS).unref()),
      ]);
      return indicator.up({ answer });
    } catch (error) {
      return indicator.down({ message: (error as Error).message });
    }
  }

  private async checkRelay(): Promise<HealthIndicatorResult> {
    const indicator = this.indicators.check('relay');
    const relay = await this.relay.check();
    return relay.reachable ? indicator.up({ detail: relay.detail }) : indicator.down({ message: relay.detail });
  }
}
