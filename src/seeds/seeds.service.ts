import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { DataSource } from 'typeorm';
import { ActionsService } from '../actions/actions.service';
import { ActionStatus } from '../actions/action-vocabulary';
import { UrgentAction } from '../actions/urgent-action.entity';
import { flattenValidationErrors } from '../common/field-errors';
import { SectionFieldsDto } from '../sections/dto/section-fields.dto';
import { Section } from '../sections/section.entity';
import { ActionSeedFile } from './seed-file';

export const SEEDS_DIR = resolve(__dirname, '../../seeds');

export interface SeedReport {
  actionsCreated: string[];
  sectionsCreated: string[];
}

/** Loads seeds/: sections and actions, each skipped when its code or reference is already there. */
@Injectable()
export class SeedsService {
  private readonly logger = new Logger(SeedsService.name);

  constructor(@InjectDataSource() private readonly dataSource: DataSource, private readonly actions: ActionsService) {}

  async seedIfEmpty(): Promise<SeedReport | null> {
    if ((await this.dataSource.getRepository(UrgentAction).count()) > 0) return null;
    return this.seed();
  }

  async seed(directory = SEEDS_DIR): Promise<SeedReport> {
    const report: SeedReport = { actionsCreated: [], sectionsCreated: [] };
    for (const section of readSeed(SectionFieldsDto, join(directory, 'sections.json'), true)) {
      if (await this.dataSource.getRepository(Section).existsBy({ code: section.code })) continue;
      await this.dataSource.getRepository(Section).save(section);
      report.sectionsCreated.push(section.code);
    }
    const actionFiles = readdirSync(join(directory, 'actions')).filter((name) => name.endsWith('.json')).sort();
    for (const file of actionFiles) {
      const [seed] = readSeed(ActionSeedFile, join(directory, 'actions', file), false);
      if (seed.action.reference && (await this.actions.findByReference(seed.action.reference))) continue;
      const created = await this.actions.create(seed.action);
      await this.dataSource.getRepository(UrgentAction).update(created.id, {
        status: seed.status,
        outcome: seed.outcome ?? null,
        publishedAt: seed.publishedAt ? new Date(seed.publishedAt) : null,
        closedAt: seed.status === ActionStatus.Closed ? created.appealDeadline : null,
      });
      report.actionsCreated.push(created.reference ?? created.id);
    }
    this.logger.log(`Seeded ${report.actionsCreated.length} actions, ${report.sectionsCreated.length} sections`);
    return report;
  }
}

function readSeed<T extends object>(type: new () => T, path: string, isList: boolean): T[] {
  const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'));
  const plain = isList ? (parsed as object[]) : [parsed as object];
  return plain.map((item, index) => {
    const instance = plainToInstance(type, item);
    const errors = flattenValidationErrors(validateSync(instance, { whitelist: true, forbidNonWhitelisted: true }));
    if (errors.length > 0) {
      throw new Error(`Seed ${path}${isList ? `[${index}]` : ''} is invalid: ${errors.map((error) => error.message).join('; ')}`);
    }
    return instance;
  });
}
