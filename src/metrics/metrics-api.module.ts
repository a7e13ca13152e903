import { Module } from '@nestjs/common';
import { MetricsController } from './metrics.controller';
import { MetricsModule } from './metrics.module';

/** /metrics for the API process; the worker serves the same instruments on its probe server. */
@Module({ imports: [MetricsModule], controllers: [MetricsController] })
export class MetricsApiModule {}
