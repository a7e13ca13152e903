import { ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsOptional, IsUUID } from 'class-validator';

/** Which failed messages of the action to send again: these ids, or every failed one when absent. */
export class RetryDeliveriesDto {
  @ApiPropertyOptional({ type: [String], example: ['3f0c8a4e-1c2b-4e5f-9a7b-0d1e2f3a4b5c'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10_000)
  @IsUUID('all', { each: true, message: 'ids must be outbox message ids' })
  ids?: string[];
}
