import { Controller, Get, Res, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { Public } from '../accounts/access.decorators';
import { MetricsAccessGuard } from './metrics-access.guard';
import { Metrics } from './metrics';
import { METRICS_PATH } from './metrics-path';

/** Prometheus's scrape target, outside /api (main and tests exclude METRICS_PATH from the global prefix). */
@ApiExcludeController()
@Controller(METRICS_PATH)
export class MetricsController {
  constructor(private readonly metrics: Metrics) {}

  @Get()
  @Public()
  @UseGuards(MetricsAccessGuard)
  async scrape(@Res() response: Response): Promise<void> {
    const body = await this.metrics.registry.metrics();
    response.set('cache-control', 'no-store').type(this.metrics.registry.contentType).send(body);
  }
}
