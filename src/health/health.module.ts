import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { HealthController } from './health.controller';
import { Readiness } from './readiness';
import { RelayProbe } from './relay-probe';

@Module({ imports: [TerminusModule], controllers: [HealthController], providers: [Readiness, RelayProbe], exports: [Readiness] })
export class HealthModule {}
