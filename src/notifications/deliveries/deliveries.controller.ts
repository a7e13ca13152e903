import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { StaffOnly } from '../../accounts/access.decorators';
import { IdParam } from '../../common/id-param';
import { DeliveriesService } from './deliveries.service';
import { DeliveryForecast } from './delivery-forecast';
import { RetryDeliveriesDto } from './retry-deliveries.dto';

@ApiTags('notifications')
@Controller('actions')
export class DeliveriesController {
  constructor(private readonly deliveries: DeliveriesService, private readonly forecasts: DeliveryForecast) {}

  /** What was sent for the action, what waits, and what failed with the reason. */
  @Get(':id/deliveries')
  @StaffOnly()
  report(@IdParam() id: string) {
    return this.deliveries.report(id);
  }

  /** Per target: its pace, the letters waiting, when the last goes and when a new one would, against the appeal deadline. */
  @Get(':id/deliveries/forecast')
  @StaffOnly()
  forecast(@IdParam() id: string) {
    return this.forecasts.forAction(id);
  }

  /** Sends failed messages again (after the relay or an address was fixed): they are queued now, letters in new pacing slots. */
  @Post(':id/deliveries/retry')
  @HttpCode(200)
  @StaffOnly()
  retry(@IdParam() id: string, @Body() input: RetryDeliveriesDto) {
    return this.deliveries.retry(id, input.ids);
  }
}
