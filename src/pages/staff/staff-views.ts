import { ActionStatus } from '../../actions/action-vocabulary';
import type { ActionWithTargets } from '../../actions/action-read-model';
import type { ActionOverview, AppealFigures } from '../../figures/appeal-figures';
import { deadlineView } from '../action-view-models';
import { appealsChart } from './appeals-chart';

function share(count: number, total: number | null): number {
  return total ? Math.min(100, Math.round((count / total) * 100)) : 0;
}

/** The dashboard: one table per status (open first), each closing soonest first, with appeals against the goal. */
export function dashboardView(rows: ActionOverview[], language: string, now: Date) {
  const number = new Intl.NumberFormat(language);
  const groups = [ActionStatus.Published, ActionStatus.Draft, ActionStatus.Closed].map((status) => ({
    status,
    labelKey: `staff.status.${status}`,
    actions: rows
      .filter((row) => row.status === status)
      .sort((a, b) => a.appealDeadline.getTime() - b.appealDeadline.getTime())
      .map((row) => ({
        id: row.id,
        reference: row.reference ?? '',
        isDemonstration: row.isDemonstration,
        title: row.title,
        deadline: deadlineView(row.appealDeadline, row.appealDeadlineTimeZone, language, now, 'medium'),
        appeals: number.format(row.appeals),
        goal: row.goal === null ? null : number.format(row.goal),
        percent: share(row.appeals, row.goal),
      })),
  }));
  return { groups, total: rows.length };
}

/** One action's figures: per target, per channel, and the chart over time. */
export function figuresView(figures: AppealFigures, language: string) {
  const number = new Intl.NumberFormat(language);
  const rowOf = (name: string, letters: number) => ({ name, letters: number.format(letters), percent: share(letters, figures.total) });
  return {
    total: number.format(figures.total),
    goal: figures.goal === null ? null : number.format(figures.goal),
    percent: share(figures.total, figures.goal),
    byTarget: figures.byTarget.map((row) => ({
      ...rowOf(row.name ?? '—', row.letters),
      replies: number.format(row.replies),
      responseRate:
        row.responseRate === null
          ? '—'
          : new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 1 }).format(row.responseRate),
      writerAnswers: {
        yes: number.format(row.writerAnswers.yes),
        no: number.format(row.writerAnswers.no),
        notExpected: number.format(row.writerAnswers.notExpected),
      },
    })),
    byChannel: figures.byChannel.map((row) => rowOf(row.channel, row.letters)),
    chart: appealsChart(figures.perDay, language),
  };
}

export function actionSummaryView(action: ActionWithTargets, language: string, now: Date) {
  return {
    id: action.id,
    reference: action.reference ?? '',
    isDemonstration: action.isDemonstration,
    title: action.title,
    status: action.status,
    statusKey: `staff.status.${action.status}`,
    isDraft: action.status === ActionStatus.Draft,
    isOpen: action.status !== ActionStatus.Closed,
    outcome: action.outcome,
    languages: action.languages.join(', '),
    deadline: deadlineView(action.appealDeadline, action.appealDeadlineTimeZone, language, now, 'medium'),
    targets: action.targets.map((link) => ({ name: link.target.name, role: link.role })),
  };
}
