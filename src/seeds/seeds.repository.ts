import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { DeepPartial } from 'typeorm';
import { UrgentAction } from '../actions/urgent-action.entity';
import { Section } from '../sections/section.entity';

/** What the seed loader writes beside ActionsService.create: sections, and a seeded action's status and dates. */
@Injectable()
export class SeedsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  actionCount(): Promise<number> {
    return this.dataSource.getRepository(UrgentAction).count();
  }

  async setActionColumns(id: string, columns: Partial<UrgentAction>): Promise<void> {
    await this.dataSource.getRepository(UrgentAction).update(id, columns);
  }

  sectionCodeTaken(code: string): Promise<boolean> {
    return this.dataSource.getRepository(Section).existsBy({ code });
  }

  async insertSection(section: DeepPartial<Section>): Promise<void> {
    await this.dataSource.getRepository(Section).save(section);
  }
}
