import { Injectable } from '@nestjs/common';
import { SupportersRepository } from '../supporters.repository';

/** The ids of the appeals a supporter sent or reported, for their data export. */
@Injectable()
export class ListAppealIds {
  constructor(private readonly supporters: SupportersRepository) {}

  execute(supporterId: string): Promise<string[]> {
    return this.supporters.appealIdsOf(supporterId);
  }
}
