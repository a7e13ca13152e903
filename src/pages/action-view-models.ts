import { ActionStatus, TargetRole } from '../actions/action-vocabulary';
import type {
  ActionRecord,
  ActionTargetRecord,
  ActionUpdateRecord,
  ActionWithSubjects,
  ActionWithTargets,
} from '../actions/action-read-model';
import { PageLanguage } from './page-language';
import type { PublicOfficialReply } from '../replies/use-cases/list-official-replies';

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

export interface DeadlineView {
  iso: string;
  /** In the time zone the deadline was set in; the page's script restates it in the reader's own. */
  printed: string;
  timeZone: string;
  timeLeft: string;
  passed: boolean;
}

export interface ProgressView {
  appeals: string;
  goal: string | null;
  percent: number;
}

/** A deadline as pages show it; `dateStyle` is 'long' for supporters, 'medium' in the staff tables. */
export function deadlineView(
  deadline: Date,
  timeZone: string,
  language: string,
  now: Date,
  dateStyle: 'long' | 'medium' = 'long',
): DeadlineView {
  const remaining = deadline.getTime() - now.getTime();
  const relative = new Intl.RelativeTimeFormat(language, { numeric: 'auto' });
  const timeLeft =
    Math.abs(remaining) >= 2 * DAY_MS
      ? relative.format(Math.trunc(remaining / DAY_MS), 'day')
      : relative.format(Math.trunc(remaining / HOUR_MS), 'hour');
  return {
    iso: deadline.toISOString(),
    printed: new Intl.DateTimeFormat(language, { dateStyle, timeStyle: 'short', timeZone }).format(deadline),
    timeZone,
    timeLeft,
    passed: remaining <= 0,
  };
}

function progressView(appeals: number, goal: number | null, language: PageLanguage): ProgressView {
  const number = new Intl.NumberFormat(language);
  return {
    appeals: number.format(appeals),
    goal: goal ? number.format(goal) : null,
    percent: goal ? Math.min(100, Math.round((appeals / goal) * 100)) : 0,
  };
}

function countryName(code: string, language: PageLanguage): string {
  return new Intl.DisplayNames([language], { type: 'region' }).of(code) ?? code;
}

function peopleAtRisk(action: ActionWithSubjects): string {
  return action.subjects.map((subject) => subject.name).join(', ');
}

/** A closed case as the public reads it: the outcome, and the day it closed in the deadline's time zone. */
function closingView(action: ActionRecord, language: PageLanguage) {
  if (action.status !== ActionStatus.Closed) return null;
  const closedAt = action.closedAt ?? action.appealDeadline;
  return {
    outcomeKey: `outcome.${action.outcome ?? 'other'}`,
    closedIso: closedAt.toISOString(),
    closedOn: new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: action.appealDeadlineTimeZone }).format(closedAt),
  };
}

export function actionCard(action: ActionWithSubjects, appeals: number, language: PageLanguage, now: Date) {
  return {
    closing: closingView(action, language),
    id: action.id,
    reference: action.reference,
    isDemonstration: action.isDemonstration,
    title: action.title,
    country: countryName(action.country, language),
    people: peopleAtRisk(action),
    deadline: deadlineView(action.appealDeadline, action.appealDeadlineTimeZone, language, now),
    progress: progressView(appeals, action.appealGoal, language),
  };
}

function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph.length > 0);
}

function targetView(link: ActionTargetRecord) {
  const target = link.target;
  return {
    name: [target.honorific, target.name].filter(Boolean).join(' '),
    title: target.title,
    organisation: target.organisation,
    addressLines: target.addressLines,
    fax: target.faxPrinted ?? target.fax,
    email: target.emailPrinted ?? target.email,
    salutation: target.salutation,
  };
}

function updateView(update: ActionUpdateRecord, language: PageLanguage) {
  return {
    kind: update.kind,
    title: update.title,
    paragraphs: paragraphs(update.body),
    publishedIso: update.publishedAt.toISOString(),
    published: new Intl.DateTimeFormat(language, { dateStyle: 'long' }).format(update.publishedAt),
  };
}

function replyView(reply: PublicOfficialReply, targetNames: Map<string, string>, language: PageLanguage) {
  return {
    target: targetNames.get(reply.targetId) ?? '',
    receivedIso: reply.receivedOn,
    received: new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${reply.receivedOn}T00:00:00Z`)),
    paragraphs: paragraphs(reply.summary),
  };
}

export function actionPage(
  action: ActionWithTargets,
  updates: ActionUpdateRecord[],
  appeals: number,
  language: PageLanguage,
  now: Date,
  replies: PublicOfficialReply[] = [],
) {
  const targetNames = new Map(
    action.targets.map((link) => [link.target.id, [link.target.honorific, link.target.name].filter(Boolean).join(' ')]),
  );
  const languageNames = new Intl.DisplayNames([language], { type: 'language' });
  return {
    ...actionCard(action, appeals, language, now),
    documentIndex: action.documentIndex,
    summary: paragraphs(action.summary),
    body: paragraphs(action.body),
    additionalInformation: paragraphs(action.additionalInformation),
    asks: action.asks,
    languages: action.languages.map((tag) => languageNames.of(tag) ?? tag),
    acceptsOwnLanguage: action.acceptsOwnLanguage,
    primaryTargets: action.targets.filter((link) => link.role === TargetRole.Primary && !link.section).map(targetView),
    copyTargets: action.targets.filter((link) => link.role === TargetRole.Copy && !link.section).map(targetView),
    invitesLocalDiplomaticCopies: action.invitesLocalDiplomaticCopies,
    updates: updates.map((update) => updateView(update, language)),
    replies: replies.map((reply) => replyView(reply, targetNames, language)),
    hasTimeline: updates.length > 0 || replies.length > 0 || action.status === ActionStatus.Closed,
  };
}
