import { TargetRole } from '../../actions/action-vocabulary';
import type { FieldError } from '../../common/field-errors';
import { TargetKind } from '../../targets/target-kind';
import type { TargetRecord } from '../../targets/target-read-model';
import { ActionForm, GENDERS, RISKS, SPARE_ROWS } from './action-form';
import { errorsByField } from './form-errors';

const EDITOR_FIELDS = [
  'title',
  'reference',
  'documentIndex',
  'country',
  'summary',
  'body',
  'additionalInformation',
  'asks',
  'languages',
  'risks',
  'appealDeadline',
  'appealDeadlineTimeZone',
  'appealGoal',
  'subjects',
  'targets',
] as const;

function timeZones(chosen: string) {
  const zones = Intl.supportedValuesOf('timeZone');
  const all = zones.includes(chosen) || !chosen ? zones : [chosen, ...zones];
  return ['UTC', ...all.filter((zone) => zone !== 'UTC')].map((zone) => ({ value: zone, selected: zone === chosen }));
}

/** Where the editor's form goes, the action it edits (null for a new one), and a notice above it. */
export interface EditorPlace {
  submitTo: string;
  actionId: string | null;
  notice?: string | null;
}

/** The action editor's view model: the form's values, the directory to pick targets from, and errors beside their fields. */
export function actionEditorModel(
  form: ActionForm,
  errors: FieldError[],
  directory: TargetRecord[],
  { submitTo, actionId, notice = null }: EditorPlace,
) {
  const rows = [...form.subjects, ...Array.from({ length: SPARE_ROWS }, () => ({ name: '', gender: '', isPseudonym: false }))];
  return {
    submitTo,
    actionId,
    notice,
    form,
    errors: errorsByField(errors, EDITOR_FIELDS),
    errorList: errors.map((error) => ({ field: error.field || '—', message: error.message })),
    risks: RISKS.map((risk) => ({ value: risk, checked: form.risks.includes(risk) })),
    subjects: rows.map((row, index) => ({
      index,
      number: index + 1,
      name: row.name,
      isPseudonym: row.isPseudonym,
      genders: GENDERS.map((gender) => ({ value: gender, selected: gender === (row.gender || 'unknown') })),
    })),
    directory: directory.map((target) => {
      const role = form.targetRoles[target.id] ?? '';
      return {
        id: target.id,
        name: target.name,
        title: target.title ?? '',
        country: target.country,
        none: role === '',
        primary: role === TargetRole.Primary,
        copy: role === TargetRole.Copy,
      };
    }),
    newTargets: form.newTargets,
    targetKinds: Object.values(TargetKind),
    timeZones: timeZones(form.appealDeadlineTimeZone),
  };
}
