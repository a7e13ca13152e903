import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { ErrorAnswer } from '../errors/error-answer';

export class FieldErrorDto {
  @ApiProperty({ description: 'The path of the field at fault', example: 'appealDeadline' })
  field!: string;

  @ApiProperty({ example: 'appealDeadline must be a date-time with its offset' })
  message!: string;
}

/** Every refusal the API answers: a domain error, validation, the access guard or a rate limit. */
export class ErrorAnswerDto implements ErrorAnswer {
  @ApiProperty({ example: 400 })
  statusCode!: number;

  @ApiProperty({ example: 'Bad Request' })
  error!: string;

  @ApiProperty({ example: 'appealDeadline must be a date-time with its offset' })
  message!: string;

  @ApiPropertyOptional({ type: [FieldErrorDto], description: 'Each field at fault; left out when none is' })
  errors?: FieldErrorDto[];

  @ApiPropertyOptional({ description: 'On 401 and 403 from the access check: the access rule that refused', example: 'staff' })
  rule?: string;
}
