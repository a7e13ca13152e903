import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { StaffOnly } from '../../accounts/access.decorators';
import { IdParam } from '../../common/id-param';
import { DeliveriesService } from './deliveries.service';

@ApiTags('notifications')
@Controller('actions')
export class DeliveriesController {
  constructor(private readonly deliveries: DeliveriesService) {}

  /** What was sent for the action, what waits, and what failed with the reason. */
  @Get(':id/deliveries')
  @StaffOnly()
  report(@IdParam() id: string) {
    return this.deliveries.report(id);
  }
}
