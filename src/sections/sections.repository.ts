import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { DeepPartial } from 'typeorm';
import { Section } from './section.entity';
import type { SectionRecord } from './section-read-model';

/** Letters counted for one action, all told and from one section (its members' reports included). */
export interface SectionLetters {
  total: number;
  fromSection: number;
}

/** A section's own translation of an action's letter, with who approved it. */
export interface SectionTranslation {
  sectionId: string;
  actionId: string;
  language: string;
  approvedAt: Date | null;
  approverName: string | null;
}

/** How many local targets a section attached to an action. */
export interface LocalTargetCount {
  sectionId: string;
  actionId: string;
  count: number;
}

/**
 * The sections module's way to the database: the sections themselves, and what the section offices' and the staff's
 * sections pages read of the sections' work, in one query each. The local targets a section attaches are the actions
 * module's rows: its AttachSectionTarget and ListSectionTargets write and read them.
 */
@Injectable()
export class SectionsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The section's addresses that used one-click unsubscribe (lower-cased). */
  async optedOutAddresses(sectionId: string): Promise<Set<string>> {
    const rows: { email: string }[] = await this.dataSource.query('SELECT email FROM section_opt_out WHERE "sectionId" = $1', [sectionId]);
    return new Set(rows.map((row) => row.email));
  }

  /** Letters counted for each action, all told and from this section. */
  async letters(sectionId: string, actionIds: string[]): Promise<Map<string, SectionLetters>> {
    if (actionIds.length === 0) return new Map();
    const rows: { actionId: string; total: number; fromSection: number }[] = await this.dataSource.query(
      `SELECT r."actionId", SUM(r."letterCount")::int AS total,
              COALESCE(SUM(r."letterCount") FILTER (WHERE r."sectionId" = $1), 0)::int AS "fromSection"
       FROM appeal_record r WHERE r."actionId" = ANY($2) GROUP BY r."actionId"`,
      [sectionId, actionIds],
    );
    return new Map(rows.map((row) => [row.actionId, { total: Number(row.total), fromSection: Number(row.fromSection) }]));
  }

  /** Every section's own translations of these actions' letters, by language. */
  async translations(actionIds: string[]): Promise<SectionTranslation[]> {
    if (actionIds.length === 0) return [];
    return this.dataSource.query(
      `SELECT t."sectionId", t."actionId", t.language, t."approvedAt", u.name AS "approverName"
       FROM letter_template t LEFT JOIN user_account u ON u.id = t."approvedById"
       WHERE t."sectionId" IS NOT NULL AND t."actionId" = ANY($1)
       ORDER BY t.language`,
      [actionIds],
    );
  }

  /** Every section's count of local targets on each of these actions. */
  async localTargetCounts(actionIds: string[]): Promise<LocalTargetCount[]> {
    if (actionIds.length === 0) return [];
    const rows: LocalTargetCount[] = await this.dataSource.query(
      `SELECT "sectionId", "actionId", COUNT(*)::int AS count
       FROM action_target WHERE "sectionId" IS NOT NULL AND "actionId" = ANY($1)
       GROUP BY "sectionId", "actionId"`,
      [actionIds],
    );
    return rows.map((row) => ({ ...row, count: Number(row.count) }));
  }

  all(): Promise<Section[]> {
    return this.sections.find({ order: { code: 'ASC' } });
  }

  byId(id: string): Promise<Section | null> {
    return this.sections.findOneBy({ id });
  }

  byCode(code: string): Promise<Section | null> {
    return this.sections.findOneBy({ code });
  }

  codeTaken(code: string): Promise<boolean> {
    return this.sections.existsBy({ code });
  }

  /** With `manager`, in the caller's transaction. */
  exists(id: string, manager: EntityManager = this.dataSource.manager): Promise<boolean> {
    return manager.existsBy(Section, { id });
  }

  async idByCode(code: string): Promise<string | null> {
    return (await this.sections.findOneBy({ code }))?.id ?? null;
  }

  insert(columns: DeepPartial<Section>): Promise<Section> {
    return this.sections.save(this.sections.create(columns));
  }

  saveMerged(section: Section, columns: DeepPartial<Section>): Promise<Section> {
    return this.sections.save(this.sections.merge(section, columns));
  }

  /** Every section by code, read with `manager` (the caller's transaction). */
  allIn(manager: EntityManager): Promise<SectionRecord[]> {
    return manager.find(Section, { order: { code: 'ASC' } });
  }

  private get sections() {
    return this.dataSource.getRepository(Section);
  }
}
