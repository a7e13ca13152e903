import { Controller, Get, Header, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { StaffOnly } from '../accounts/access.decorators';
import { NotFound } from '../platform/errors/domain-errors';
import { MailTransport } from './mail-transport';

/** Where mail goes when no SMTP server is configured. */
@ApiTags('outbox')
@Controller('outbox')
@StaffOnly('admin')
export class OutboxController {
  constructor(private readonly transport: MailTransport) {}

  @Get()
  async list() {
    return { writesToOutbox: this.transport.writesToOutbox, messages: await this.transport.listOutbox() };
  }

  @Get(':file')
  @Header('content-type', 'message/rfc822')
  async read(@Param('file') file: string) {
    const message = await this.transport.readOutboxFile(file);
    if (!message) throw NotFound.entity('Outbox message', file);
    return message;
  }
}
