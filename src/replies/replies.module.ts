import { Module } from '@nestjs/common';
import { OfficialRepliesController } from './api/official-replies.controller';
import { OfficialRepliesRepository } from './official-replies.repository';
import { ListOfficialReplies } from './use-cases/list-official-replies';
import { RecordOfficialReply } from './use-cases/record-official-reply';
import { RepliesPerTarget } from './use-cases/replies-per-target';

/** Replies from officials: recorded by staff and sections, on the action's timeline, counted per target. */
@Module({
  controllers: [OfficialRepliesController],
  providers: [OfficialRepliesRepository, RecordOfficialReply, ListOfficialReplies, RepliesPerTarget],
  exports: [RecordOfficialReply, ListOfficialReplies, RepliesPerTarget],
})
export class RepliesModule {}
