import { Controller, Get, Param, StreamableFile } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { StaffOnly } from '../accounts/access.decorators';
import { NotFound } from '../platform/errors/domain-errors';
import { ApiAnswer, ApiFileAnswer, ApiRefusals } from '../platform/openapi/api-answers';
import { OutboxDto } from './dto/outbox.dto';
import { MailTransport } from './mail-transport';

/** Where mail goes when no SMTP server is configured. */
@ApiTags('outbox')
@Controller('outbox')
@StaffOnly('admin')
export class OutboxController {
  constructor(private readonly transport: MailTransport) {}

  @Get()
  @ApiAnswer(OutboxDto)
  async list(): Promise<OutboxDto> {
    return { writesToOutbox: this.transport.writesToOutbox, messages: await this.transport.listOutbox() };
  }

  @Get(':file')
  @ApiFileAnswer('message/rfc822', 'The message as it would have gone over SMTP')
  @ApiRefusals(404)
  async read(@Param('file') file: string): Promise<StreamableFile> {
    const message = await this.transport.readOutboxFile(file);
    if (!message) throw NotFound.entity('Outbox message', file);
    // A Buffer returned as it is would be answered as JSON ({ type: 'Buffer', data: [...] }).
    return new StreamableFile(message, { type: 'message/rfc822', length: message.length });
  }
}
