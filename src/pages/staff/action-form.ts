import { DateTime } from 'luxon';
import { Gender, RiskCode, TargetRole } from '../../actions/action-vocabulary';
import type { ActionWithTargets } from '../../actions/action-read-model';
import type { DraftAction } from '../../importer/imported-draft';

/** One person or group at risk, as a row of the editor. */
export interface SubjectRow {
  name: string;
  gender: string;
  isPseudonym: boolean;
}

/** A target not yet in the directory (read by the importer), created with the action when kept ticked. */
export interface NewTargetRow {
  json: string;
  name: string;
  role: string;
}

/** The action editor's fields as the form carries them: plain strings, one row per subject. */
export interface ActionForm {
  title: string;
  reference: string;
  documentIndex: string;
  country: string;
  summary: string;
  body: string;
  additionalInformation: string;
  asks: string;
  languages: string;
  risks: string[];
  deadlineDate: string;
  deadlineTime: string;
  appealDeadlineTimeZone: string;
  appealGoal: string;
  subjects: SubjectRow[];
  /** Directory target id → role. */
  targetRoles: Record<string, string>;
  newTargets: NewTargetRow[];
}

const SPARE_SUBJECT_ROWS = 2;
const MAX_SUBJECT_ROWS = 200;

const text = (body: Record<string, unknown>, key: string): string => (typeof body[key] === 'string' ? (body[key] as string) : '');
const list = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : typeof value === 'string' ? [value] : []);
const lines = (value: string) =>
  value
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);

export function emptyActionForm(): ActionForm {
  return {
    title: '',
    reference: '',
    documentIndex: '',
    country: '',
    summary: '',
    body: '',
    additionalInformation: '',
    asks: '',
    languages: 'en',
    risks: [],
    deadlineDate: '',
    deadlineTime: '00:00',
    appealDeadlineTimeZone: 'Europe/London',
    appealGoal: '',
    subjects: [],
    targetRoles: {},
    newTargets: [],
  };
}

/** The editor's fields from a posted form (urlencoded, not nested: subject rows are `subjects.<n>.name`). */
export function actionFormOf(body: Record<string, unknown>): ActionForm {
  const subjects: SubjectRow[] = [];
  for (let row = 0; row < MAX_SUBJECT_ROWS && `subjects.${row}.name` in body; row += 1) {
    const name = text(body, `subjects.${row}.name`).trim();
    if (name)
      subjects.push({ name, gender: text(body, `subjects.${row}.gender`), isPseudonym: Boolean(body[`subjects.${row}.isPseudonym`]) });
  }
  const targetRoles: Record<string, string> = {};
  for (const [key, value] of Object.entries(body)) {
    if (key.startsWith('target.') && (value === TargetRole.Primary || value === TargetRole.Copy))
      targetRoles[key.slice('target.'.length)] = value;
  }
  const newTargets = [...list(body.newTargets), ...onTheSpotTarget(body)].flatMap((json) => {
    try {
      const parsed = JSON.parse(json) as { role?: string; target?: { name?: string } };
      return [{ json, name: String(parsed.target?.name ?? ''), role: String(parsed.role ?? '') }];
    } catch {
      return [];
    }
  });
  return {
    title: text(body, 'title'),
    reference: text(body, 'reference'),
    documentIndex: text(body, 'documentIndex'),
    country: text(body, 'country'),
    summary: text(body, 'summary'),
    body: text(body, 'body'),
    additionalInformation: text(body, 'additionalInformation'),
    asks: text(body, 'asks'),
    languages: text(body, 'languages'),
    risks: list(body.risks),
    deadlineDate: text(body, 'deadlineDate'),
    deadlineTime: text(body, 'deadlineTime'),
    appealDeadlineTimeZone: text(body, 'appealDeadlineTimeZone'),
    appealGoal: text(body, 'appealGoal'),
    subjects,
    targetRoles,
    newTargets,
  };
}

/** A target typed into the editor's "add a new target" fields, as the JSON a kept new target carries. */
function onTheSpotTarget(body: Record<string, unknown>): string[] {
  const field = (key: string) => text(body, `newTarget.${key}`).trim();
  if (!field('name')) return [];
  const target = Object.fromEntries(
    ['name', 'title', 'kind', 'country', 'email', 'fax']
      .map((key) => [key, field(key)])
      .filter(([key, value]) => value || key === 'country'),
  );
  return [JSON.stringify({ role: field('role') || TargetRole.Primary, target })];
}

/** The form as the actions API takes it; empty optional fields are left out so the API's defaults apply. */
export function actionInputOf(form: ActionForm): Record<string, unknown> {
  const optional = (value: string) => (value.trim() ? value.trim() : undefined);
  return {
    title: form.title,
    reference: optional(form.reference),
    documentIndex: optional(form.documentIndex),
    country: form.country,
    summary: form.summary,
    body: form.body,
    additionalInformation: form.additionalInformation,
    asks: lines(form.asks),
    languages: form.languages.split(/[\s,]+/).filter(Boolean),
    risks: form.risks,
    appealDeadline: form.deadlineDate ? `${form.deadlineDate}T${form.deadlineTime || '00:00'}` : '',
    appealDeadlineTimeZone: form.appealDeadlineTimeZone,
    appealGoal: form.appealGoal.trim() ? Number(form.appealGoal) : undefined,
    subjects: form.subjects.map((subject) => ({
      name: subject.name,
      gender: subject.gender || undefined,
      isPseudonym: subject.isPseudonym,
    })),
    targets: [
      ...Object.entries(form.targetRoles).map(([targetId, role]) => ({ targetId, role })),
      ...form.newTargets.map((row) => JSON.parse(row.json) as unknown),
    ],
  };
}

/** The editor prefilled with a saved action. */
export function actionFormFrom(action: ActionWithTargets): ActionForm {
  const deadline = DateTime.fromJSDate(action.appealDeadline, { zone: action.appealDeadlineTimeZone });
  return {
    title: action.title,
    reference: action.reference ?? '',
    documentIndex: action.documentIndex ?? '',
    country: action.country,
    summary: action.summary,
    body: action.body,
    additionalInformation: action.additionalInformation,
    asks: action.asks.join('\n'),
    languages: action.languages.join(', '),
    risks: [...action.risks],
    deadlineDate: deadline.toFormat('yyyy-MM-dd'),
    deadlineTime: deadline.toFormat('HH:mm'),
    appealDeadlineTimeZone: action.appealDeadlineTimeZone,
    appealGoal: action.appealGoal === null ? '' : String(action.appealGoal),
    subjects: action.subjects.map((subject) => ({ name: subject.name, gender: subject.gender, isPseudonym: subject.isPseudonym })),
    targetRoles: Object.fromEntries(action.targets.map((link) => [link.target.id, link.role])),
    newTargets: [],
  };
}

/** The editor prefilled with what the importer read from a document. */
export function actionFormFromDraft(draft: DraftAction): ActionForm {
  const form = emptyActionForm();
  const deadline = draft.appealDeadline ? DateTime.fromISO(draft.appealDeadline, { zone: draft.appealDeadlineTimeZone ?? 'UTC' }) : null;
  return {
    ...form,
    title: draft.title ?? '',
    reference: draft.reference ?? '',
    documentIndex: draft.documentIndex ?? '',
    country: draft.country ?? '',
    summary: draft.summary ?? '',
    body: draft.body ?? '',
    additionalInformation: draft.additionalInformation ?? '',
    asks: (draft.asks ?? []).join('\n'),
    languages: (draft.languages ?? ['en']).join(', '),
    risks: [...(draft.risks ?? [])],
    deadlineDate: deadline?.isValid ? deadline.toFormat('yyyy-MM-dd') : '',
    deadlineTime: deadline?.isValid ? deadline.toFormat('HH:mm') : form.deadlineTime,
    appealDeadlineTimeZone: draft.appealDeadlineTimeZone ?? form.appealDeadlineTimeZone,
    appealGoal: draft.appealGoal ? String(draft.appealGoal) : '',
    subjects: draft.subjects.map((subject) => ({
      name: subject.name ?? '',
      gender: subject.gender ?? '',
      isPseudonym: subject.isPseudonym ?? false,
    })),
    newTargets: draft.targets.map((link) => ({ json: JSON.stringify(link), name: link.target.name ?? '', role: link.role })),
  };
}

export const GENDERS = Object.values(Gender);
export const RISKS = Object.values(RiskCode);
export const SPARE_ROWS = SPARE_SUBJECT_ROWS;
