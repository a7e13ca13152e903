import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { StaffOnly } from '../../accounts/access.decorators';
import { Audited } from '../../audit/audited.decorator';
import { IdParam } from '../../common/id-param';
import { ApiAnswer, ApiRefusals } from '../../platform/openapi/api-answers';
import { CancelledBurstDto, LetterBurstDto } from '../dto/letter-burst-answer.dto';
import { CancelLetterBurstDto } from '../dto/letter-burst.dto';
import { LetterBursts } from './letter-bursts.service';

@ApiTags('letters')
@Controller('actions/:id/letter-bursts')
export class LetterBurstsController {
  constructor(private readonly bursts: LetterBursts) {}

  /** IP and writer addresses that asked for many letters to this action. */
  @Get()
  @StaffOnly()
  @ApiAnswer([LetterBurstDto], { description: 'Sources with at least 5 letters, most letters first (at most 50 of each kind)' })
  @ApiRefusals(400, 404)
  list(@IdParam() id: string): Promise<LetterBurstDto[]> {
    return this.bursts.list(id);
  }

  /** Cancels every letter to this action from one IP or address: unsent ones never go, and none counts. */
  @Post('cancel')
  @HttpCode(200)
  @StaffOnly('admin', 'editor')
  @Audited('UrgentAction')
  @ApiAnswer(CancelledBurstDto)
  @ApiRefusals(400, 404)
  cancel(@IdParam() id: string, @Body() source: CancelLetterBurstDto): Promise<CancelledBurstDto> {
    return this.bursts.cancel(id, source);
  }
}
