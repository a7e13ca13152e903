import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { TransactionalRepository } from '../../database/transactional-repository';

/** The transaction a staff test send writes its outbox row in; a sent letter is counted by CountAppeal, in its sender's. */
@Injectable()
export class LetterDeliveryRepository extends TransactionalRepository {
  constructor(@InjectDataSource() dataSource: DataSource) {
    super(dataSource);
  }
}
