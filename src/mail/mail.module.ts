import { Global, Module } from '@nestjs/common';
import { MailTransport } from './mail-transport';
import { OutboxController } from './outbox.controller';

@Global()
@Module({ providers: [MailTransport], controllers: [OutboxController], exports: [MailTransport] })
export class MailModule {}
