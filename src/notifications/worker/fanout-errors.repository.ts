import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { NotificationFanout } from '../outbox/notification-fanout.entity';

/** Why a fan-out's job stopped, kept on its row for staff. */
@Injectable()
export class FanoutErrorsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async record(fanoutId: string, lastError: string): Promise<void> {
    await this.dataSource.getRepository(NotificationFanout).update(fanoutId, { lastError });
  }
}
