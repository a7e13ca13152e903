import { ApiProperty } from '@nestjs/swagger';
import { SCOPE_KINDS } from '../unsubscribe-token';
import type { UnsubscribeAnswer } from '../unsubscribe.service';

export class UnsubscribeAnswerDto implements UnsubscribeAnswer {
  @ApiProperty({ description: 'False when the link was only described (GET); true once the POST stopped the notices', example: true })
  unsubscribed: boolean;

  @ApiProperty({ enum: SCOPE_KINDS, enumName: 'UnsubscribeScope', description: 'What the link stops', example: 'action' })
  scope: UnsubscribeAnswer['scope'];

  @ApiProperty({ example: 'You will get no further updates about this Urgent Action.' })
  message: string;
}
