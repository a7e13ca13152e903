import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { StaffOnly } from '../accounts/access.decorators';
import { AuditService } from './audit.service';
import { ListAuditQuery } from './list-audit.query';

@ApiTags('audit')
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @StaffOnly('admin')
  async list(@Query() query: ListAuditQuery) {
    const [items, total] = await this.audit.list(query);
    return { items, total, page: query.page, pageSize: query.pageSize };
  }
}
