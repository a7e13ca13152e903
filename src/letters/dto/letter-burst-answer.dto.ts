import { ApiProperty } from '@nestjs/swagger';

/** Many letters to one action from one IP or one writer address, for staff to judge. */
export class LetterBurstDto {
  @ApiProperty({ enum: ['ip', 'email'], description: 'What the letters share' })
  by: 'ip' | 'email';

  @ApiProperty({ description: 'The IP address or the writer address', example: '203.0.113.7' })
  source: string;

  @ApiProperty({ description: 'Letters from it (cancelled ones left out)', example: 40 })
  letters: number;

  @ApiProperty({ example: 38 })
  awaitingConfirmation: number;

  @ApiProperty({ example: 2 })
  confirmed: number;

  @ApiProperty({ type: String, format: 'date-time' })
  first: Date;

  @ApiProperty({ type: String, format: 'date-time' })
  last: Date;
}

export class CancelledBurstDto {
  @ApiProperty({ description: 'Letter requests cancelled', example: 40 })
  cancelled: number;

  @ApiProperty({ description: 'Queued messages stopped before they went', example: 2 })
  stopped: number;

  @ApiProperty({ description: 'Appeals no longer counted', example: 2 })
  uncounted: number;
}
