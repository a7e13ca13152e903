import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { PageQuery } from '../common/pagination';

export class ListAuditQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ['UrgentAction', 'Target', 'Section', 'UserAccount'] })
  @IsOptional()
  @IsIn(['UrgentAction', 'Target', 'Section', 'UserAccount'])
  entityType?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  entityId?: string;
}
