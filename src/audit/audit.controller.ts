import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { StaffOnly } from '../accounts/access.decorators';
import type { Page } from '../common/pagination';
import { ApiPageAnswer, ApiRefusals } from '../platform/openapi/api-answers';
import { AuditService } from './audit.service';
import { AuditEntryDto } from './dto/audit-entry.dto';
import { ListAuditQuery } from './list-audit.query';

@ApiTags('audit')
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @StaffOnly('admin')
  @ApiPageAnswer(AuditEntryDto, 'Changes, newest first')
  @ApiRefusals(400)
  async list(@Query() query: ListAuditQuery): Promise<Page<AuditEntryDto>> {
    const [items, total] = await this.audit.list(query);
    return { items, total, page: query.page, pageSize: query.pageSize };
  }
}
