import { Injectable } from '@nestjs/common';
import type { ActionRecord } from '../../actions/action-read-model';
import { ListSectionsWork, type SectionWork } from '../../sections/use-cases/list-sections-work';
import { inSectionZone, languageName } from '../office/office-formats';
import type { PageLanguage } from '../page-language';
import { PageRenderer } from '../page-renderer';

/** A section's next reminders listed here; its office page lists them all. */
const REMINDERS_SHOWN = 3;

/**
 * The sections page for staff: each section's settings, the reminders its office gets next, and what it did for the
 * actions ahead (letter translations and their approval, local targets), as ListSectionsWork reads them.
 */
@Injectable()
export class StaffSectionsView {
  constructor(
    private readonly work: ListSectionsWork,
    private readonly renderer: PageRenderer,
  ) {}

  async model(language: PageLanguage) {
    const { actions, sections } = await this.work.execute();
    const views = sections.map((work) => this.sectionView(work, language, actions));
    return { sections: views, waitingTotal: views.reduce((sum, view) => sum + view.waitingCount, 0) };
  }

  private sectionView({ section, reminders, translations, localTargets }: SectionWork, language: PageLanguage, actions: ActionRecord[]) {
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
      reminderDays: [...new Set(section.reminderDaysBefore)]
        .sort((a, b) => b - a)
        .map((days) => this.daysBefore(language, days))
        .join(', '),
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
}
