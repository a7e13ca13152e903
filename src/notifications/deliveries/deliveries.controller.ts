import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { StaffOnly } from '../../accounts/access.decorators';
import { IdParam } from '../../common/id-param';
import { DeliveriesService } from './deliveries.service';
import { DeliveryForecast } from './delivery-forecast';
import { SteerWritersDto } from './steer-writers.dto';
import { Audited } from '../../audit/audited.decorator';
import { RetryDeliveriesDto } from './retry-deliveries.dto';
import { ApiAnswer, ApiRefusals } from '../../platform/openapi/api-answers';
import { DeliveryForecastDto } from './delivery-forecast.dto';
import { DeliveryReportDto, RequeuedDto } from './delivery-report.dto';
import { RetryFailedDeliveries } from '../use-cases/retry-failed-deliveries';

@ApiTags('notifications')
@Controller('actions')
export class DeliveriesController {
  constructor(
    private readonly deliveries: DeliveriesService,
    private readonly forecasts: DeliveryForecast,
    private readonly failed: RetryFailedDeliveries,
  ) {}

  /** What was sent for the action, what waits, and what failed with the reason. */
  @Get(':id/deliveries')
  @StaffOnly()
  @ApiAnswer(DeliveryReportDto)
  @ApiRefusals(400, 404)
  report(@IdParam() id: string): Promise<DeliveryReportDto> {
    return this.deliveries.report(id);
  }

  /** Per target: its pace, the letters waiting, when the last goes and when a new one would, against the appeal deadline. */
  @Get(':id/deliveries/forecast')
  @StaffOnly()
  @ApiAnswer(DeliveryForecastDto)
  @ApiRefusals(400, 404)
  forecast(@IdParam() id: string): Promise<DeliveryForecastDto> {
    return this.forecasts.forAction(id);
  }

  /**
   * Stops offering new writers the system's sending (email, fax) to this office, or offers it again: when its
   * forecast passes the deadline, writers are steered to post, their own email, or the other targets.
   */
  @Post(':id/targets/:targetId/sending')
  @HttpCode(200)
  @StaffOnly('editor')
  @Audited('UrgentAction')
  @ApiAnswer(DeliveryForecastDto, { description: 'The forecast, with the change' })
  @ApiRefusals(400, 404)
  steer(@IdParam() id: string, @IdParam('targetId') targetId: string, @Body() input: SteerWritersDto): Promise<DeliveryForecastDto> {
    return this.forecasts.steer(id, targetId, input.paused);
  }

  /** Sends failed messages again (after the relay or an address was fixed): they are queued now, letters in new pacing slots. */
  @Post(':id/deliveries/retry')
  @HttpCode(200)
  @StaffOnly()
  @ApiAnswer(RequeuedDto)
  @ApiRefusals(400, 404)
  retry(@IdParam() id: string, @Body() input: RetryDeliveriesDto): Promise<RequeuedDto> {
    return this.failed.retry(id, input.ids);
  }
}
