import type { ActionFieldsDto } from '../actions/dto/action-fields.dto';
import type { SubjectFieldsDto } from '../actions/dto/subject-fields.dto';
import type { ActionStatus, ActionUpdateKind, TargetRole } from '../actions/action-vocabulary';
import type { FieldError } from '../common/field-errors';
import type { TargetFieldsDto } from '../targets/dto/target-fields.dto';

export type DraftTarget = { role: TargetRole; target: Partial<TargetFieldsDto> };

/** An action as read from a document: what the document printed, in the shape `POST /api/actions` takes. */
export type DraftAction = Partial<Omit<ActionFieldsDto, 'subjects' | 'targets'>> & {
  subjects: Partial<SubjectFieldsDto>[];
  targets: DraftTarget[];
};

/** Where a field's value came from and how sure the importer is of it. */
export interface FieldReading {
  /** Path in `action`, e.g. "targets[0].target.fax". */
  field: string;
  /** 0 to 1. */
  confidence: number;
  /** 1-based source line the value starts on; null when the value comes from what the document leaves out. */
  line: number | null;
  /** The source text read. */
  text: string;
  /** The value in canonical form when it differs from the printed one: E.164 fax, the deadline's instant. */
  normalised?: string;
}

export interface UnreadField {
  field: string;
  reason: string;
}

export interface DuplicateOf {
  id: string;
  reference: string | null;
  /** What matched: "reference", or "title" (title and deadline together). */
  field: 'reference' | 'title';
  reason: string;
  /** Where to post the document instead, as an update of the existing action. */
  updatePath: string;
  /** The body to post there, read from the document: kind, title, body, index, new asks and deadline. */
  update: OfferedUpdate;
}

/** A `POST /api/actions/:id/updates` body as the document gives it; staff review it before posting. */
export interface OfferedUpdate {
  kind: ActionUpdateKind.FurtherInformation | ActionUpdateKind.StopAction;
  title?: string;
  body?: string;
  documentIndex?: string;
  asks?: string[];
  newAppealDeadline?: string;
}

/** The appeal deadline as printed, and the instant it becomes in the zone used. */
export interface DraftDeadline {
  printed: string;
  date: string;
  timeZone: string;
  /** Why this zone: the user's choice, the section's, or the country's office zone. */
  timeZoneSource: string;
  /** False when the zone is only a default the user should confirm. */
  timeZoneConfirmed: boolean;
  instant: string;
  /** The document asks for appeals "immediately" and prints no date: the date is a working one. */
  asSoonAsPossible: boolean;
  /** False for a working deadline (issue date + 6 weeks): staff must confirm it before the action is published. */
  confirmed: boolean;
}

/** What the importer read from one document, before any look at existing actions. */
export interface DocumentReading {
  action: DraftAction;
  fields: FieldReading[];
  unread: UnreadField[];
  deadline: DraftDeadline | null;
  /** "UA 214/09" when the document is further information on an earlier action. */
  furtherInformationOf: string | null;
  /** What kind of update of an earlier action the document is, if it is one. */
  updateKind: DocumentUpdateKind | null;
  /** The layout the document was read as: 1990s telex, classic (to about 2016) or labelled. */
  layout: DocumentLayout;
}

export type DocumentUpdateKind = 'further information' | 'stop action';
export type DocumentLayout = 'telex' | 'classic' | 'labelled';

/** A draft saved as an action, with `?create=true`. */
export interface CreatedDraft {
  id: string;
  status: ActionStatus;
}

export interface ImportedDraft extends DocumentReading {
  duplicateOf: DuplicateOf | null;
  /** What `POST /api/actions` would refuse in the draft as it stands: the fields a person must still fill in. */
  invalid: FieldError[];
  /** The saved draft action, when the import was asked to create it. */
  created: CreatedDraft | null;
}
