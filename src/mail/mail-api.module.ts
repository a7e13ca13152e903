import { Module } from '@nestjs/common';
import { MailModule } from './mail.module';
import { OutboxController } from './outbox.controller';

@Module({ imports: [MailModule], controllers: [OutboxController] })
export class MailApiModule {}
