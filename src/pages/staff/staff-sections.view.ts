import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { UrgentAction } from '../../actions/urgent-action.entity';
import { Section } from '../../sections/section.entity';
import { inSectionZone, languageName } from '../office/office-formats';
import { type PlannedReminder, SectionOfficeReader } from '../office/section-office.reader';
import type { PageLanguage } from '../page-language';
import { PageRenderer } from '../page-renderer';

/** A section's next reminders listed here; its office page lists them all. */
const REMINDERS_SHOWN = 3;

interface TranslationRow {
  sectionId: string;
  actionId: string;
  language: string;
  approvedAt: Date | null;
  approverName: string | null;
}

interface LocalTargetCount {
  sectionId: string;
  actionId: string;
  count: number;
}

/**
 * The sections page for staff: each section's settings, the reminders its office gets next, and what it did for the
 * actions ahead (letter translations and their approval, local targets). A fixed number of queries for the whole
 * page, plus the office reader's one opt-out lookup per section.
 */
@Injectable()
export class StaffSectionsView {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reader: SectionOfficeReader,
    private readonly renderer: PageRenderer,
  ) {}

  async model(language: PageLanguage) {
    const [sections, actions] = await Promise.all([
      this.dataSource.getRepository(Section).find({ order: { code: 'ASC' } }),
      this.reader.actionsAhead(),
    ]);
    const actionIds = actions.map((action) => action.id);
    const [translations, localTargets, reminders] = await Promise.all([
      this.translations(actionIds),
      this.localTargetCounts(actionIds),
      Promise.all(sections.map((section) => this.reader.remindersAhead(section, actions))),
    ]);
    const views = sections.map((section, index) => this.sectionView(
      section, language, actions, reminders[index],
      translations.filter((row) => row.sectionId === section.id),
      localTargets.filter((row) => row.sectionId === section.id),
    ));
    return { sections: views, waitingTotal: views.reduce((sum, view) => sum + view.waitingCount, 0) };
  }

  private sectionView(
    section: Section, language: PageLanguage, actions: UrgentAction[], reminders: PlannedReminder[],
    translations: TranslationRow[], localTargets: LocalTargetCount[],
  ) {
    const when = (instant: Date) => inSectionZone(instant, language, section.timeZone);
    const work = actions
      .map((action) => ({
        action,
        translations: translations.filter((row) => row.actionId === action.id),
        localTargets: localTargets.find((row) => row.actionId === action.id)?.count ?? 0,
      }))
      .filter((entry) => entry.translations.length > 0 || entry.localTargets > 0)
      .map(({ action, translations: rows, localTargets: count }) => ({
        actionId: action.id,
        title: action.title,
        reference: action.reference ?? '',
        status: this.renderer.text(language, `office.status.${action.status}`),
        localTargets: count,
        translations: rows.map((row) => ({
          language: row.language,
          languageName: languageName(row.language, language),
          waiting: !row.approvedAt,
          approval: row.approvedAt ? this.approvalText(language, when(row.approvedAt), row.approverName) : '',
        })),
      }));
    return {
      id: section.id,
      code: section.code,
      name: section.name,
      country: section.country,
      languages: section.languages.map((tag) => languageName(tag, language)).join(', '),
      timeZone: section.timeZone,
      contactEmail: section.contactEmail,
      reminderEmails: section.reminderEmails.join(', '),
      reminderDays: [...new Set(section.reminderDaysBefore)].sort((a, b) => b - a).map((days) => this.daysBefore(language, days)).join(', '),
      reminders: reminders.slice(0, REMINDERS_SHOWN).map((reminder) => ({
        when: when(reminder.dueAt),
        whenIso: reminder.dueAt.toISOString(),
        actionTitle: reminder.action.title,
        daysBefore: this.daysBefore(language, reminder.daysBefore),
        addresses: reminder.addresses.join(', '),
      })),
      moreReminders: Math.max(0, reminders.length - REMINDERS_SHOWN),
      work,
      waitingCount: translations.filter((row) => !row.approvedAt).length,
    };
  }

  private daysBefore(language: PageLanguage, days: number): string {
    return this.renderer.text(language, days === 0 ? 'office.reminders.onTheDay' : 'office.reminders.daysBefore', { days });
  }

  private approvalText(language: PageLanguage, on: string, approverName: string | null): string {
    return approverName
      ? this.renderer.text(language, 'staff.sections.approvedBy', { name: approverName, on })
      : this.renderer.text(language, 'staff.sections.approvedOn', { on });
  }

  /** Sections' own translations of the actions ahead, with who approved them. */
  private async translations(actionIds: string[]): Promise<TranslationRow[]> {
    if (actionIds.length === 0) return [];
    return this.dataSource.query(
      `SELECT t."sectionId", t."actionId", t.language, t."approvedAt", u.name AS "approverName"
       FROM letter_template t LEFT JOIN user_account u ON u.id = t."approvedById"
       WHERE t."sectionId" IS NOT NULL AND t."actionId" = ANY($1)
       ORDER BY t.language`,
      [actionIds],
    );
  }

  private async localTargetCounts(actionIds: string[]): Promise<LocalTargetCount[]> {
    if (actionIds.length === 0) return [];
    const rows: LocalTargetCount[] = await this.dataSource.query(
      `SELECT "sectionId", "actionId", COUNT(*)::int AS count
       FROM action_target WHERE "sectionId" IS NOT NULL AND "actionId" = ANY($1)
       GROUP BY "sectionId", "actionId"`,
      [actionIds],
    );
    return rows.map((row) => ({ ...row, count: Number(row.count) }));
  }
}
