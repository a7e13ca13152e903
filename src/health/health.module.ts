import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { Readiness } from './readiness';
import { RelayReachability } from './relay-reachability';

/** Readiness (database, Redis, relay), for the API's health routes and the worker's probe server alike. */
@Module({ imports: [TerminusModule], providers: [Readiness, RelayReachability], exports: [Readiness] })
export class HealthModule {}
