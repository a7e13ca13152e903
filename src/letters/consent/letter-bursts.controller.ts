import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { StaffOnly } from '../../accounts/access.decorators';
import { Audited } from '../../audit/audited.decorator';
import { IdParam } from '../../common/id-param';
import { CancelLetterBurstDto } from '../dto/letter-burst.dto';
import { LetterBursts } from './letter-bursts.service';

@ApiTags('letters')
@Controller('actions/:id/letter-bursts')
export class LetterBurstsController {
  constructor(private readonly bursts: LetterBursts) {}

  /** IP and writer addresses that asked for many letters to this action. */
  @Get()
  @StaffOnly()
  list(@IdParam() id: string) {
    return this.bursts.list(id);
  }

  /** Cancels every letter to this action from one IP or address: unsent ones never go, and none counts. */
  @Post('cancel')
  @HttpCode(200)
  @StaffOnly('admin', 'editor')
  @Audited('UrgentAction')
  cancel(@IdParam() id: string, @Body() source: CancelLetterBurstDto) {
    return this.bursts.cancel(id, source);
  }
}
