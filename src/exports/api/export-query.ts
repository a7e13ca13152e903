import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';

export class ExportAppealsQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'Only this action; every action when left out' })
  @IsOptional()
  @IsUUID('all', { message: 'actionId must be a UUID' })
  actionId?: string;
}
