import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Injectable, Logger } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { DateTime } from 'luxon';
import { ActionsService } from '../actions/actions.service';
import { ActionStatus } from '../actions/action-vocabulary';
import { CountActions } from '../actions/use-cases/count-actions';
import { SetSeededActionState } from '../actions/use-cases/set-seeded-action-state';
import { Clock } from '../common/clock';
import { flattenValidationErrors } from '../common/field-errors';
import { SectionFieldsDto } from '../sections/dto/section-fields.dto';
import { AddSectionUnlessTaken } from '../sections/use-cases/add-section-unless-taken';
import { ActionSeedFile, DemonstrationSeedFile } from './seed-file';

export const SEEDS_DIR = resolve(__dirname, '../../seeds');

export interface SeedReport {
  actionsCreated: string[];
  sectionsCreated: string[];
}

/** Loads seeds/: sections and actions, each skipped when its code or reference is already there. */
@Injectable()
export class SeedsService {
  private readonly logger = new Logger(SeedsService.name);

  constructor(
    private readonly actions: ActionsService,
    private readonly countActions: CountActions,
    private readonly setSeededState: SetSeededActionState,
    private readonly addSection: AddSectionUnlessTaken,
    private readonly clock: Clock,
  ) {}

  /**
   * What `npm start` loads into an empty database: the historical actions with their real dates and, on the
   * embedded default (a newcomer's machine), a demonstration that is open for three weeks from the first start.
   */
  async seedOnStart(options: { withDemonstration: boolean }): Promise<SeedReport | null> {
    const report = await this.seedIfEmpty();
    if (report && options.withDemonstration) report.actionsCreated.push(...(await this.seedDemonstrations()));
    return report;
  }

  /** Each demonstration under seeds/demonstration/, published at once, unless its reference is there already. */
  async seedDemonstrations(directory = SEEDS_DIR): Promise<string[]> {
    const created: string[] = [];
    const folder = join(directory, 'demonstration');
    for (const file of readdirSync(folder).filter((name) => name.endsWith('.json')).sort()) {
      const seed = readDemonstration(join(folder, file), this.clock.now());
      if (await this.actions.findByReference(seed.reference)) continue;
      const action = await this.actions.create(seed.action);
      await this.setSeededState.execute(action.id, {
        reference: seed.reference, isDemonstration: true, status: ActionStatus.Published, publishedAt: this.clock.now(),
      });
      created.push(seed.reference);
    }
    this.logger.log(`Seeded ${created.length} demonstration action(s)`);
    return created;
  }

  async seedIfEmpty(): Promise<SeedReport | null> {
    if ((await this.countActions.execute()) > 0) return null;
    return this.seed();
  }

  async seed(directory = SEEDS_DIR): Promise<SeedReport> {
    const report: SeedReport = { actionsCreated: [], sectionsCreated: [] };
    for (const section of readSeed(SectionFieldsDto, join(directory, 'sections.json'), true)) {
      if (await this.addSection.execute(section)) report.sectionsCreated.push(section.code);
    }
    const actionFiles = readdirSync(join(directory, 'actions')).filter((name) => name.endsWith('.json')).sort();
    for (const file of actionFiles) {
      const [seed] = readSeed(ActionSeedFile, join(directory, 'actions', file), false);
      if (seed.action.reference && (await this.actions.findByReference(seed.action.reference))) continue;
      const created = await this.actions.create(seed.action);
      await this.setSeededState.execute(created.id, {
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

/** A demonstration's deadline is a date: the given number of days after `now`, in the action's time zone. */
function readDemonstration(path: string, now: Date): DemonstrationSeedFile {
  const plain = JSON.parse(readFileSync(path, 'utf8')) as { deadlineDaysAfterFirstStart?: unknown; action?: Record<string, unknown> };
  const days = Number(plain.deadlineDaysAfterFirstStart);
  const zone = String(plain.action?.appealDeadlineTimeZone ?? 'UTC');
  if (plain.action && Number.isInteger(days)) {
    plain.action.appealDeadline = DateTime.fromJSDate(now, { zone }).plus({ days }).toISODate();
  }
  const instance = plainToInstance(DemonstrationSeedFile, plain);
  const errors = flattenValidationErrors(validateSync(instance, { whitelist: true, forbidNonWhitelisted: true }));
  if (errors.length > 0) throw new Error(`Seed ${path} is invalid: ${errors.map((error) => `${error.field}: ${error.message}`).join('; ')}`);
  return instance;
}
