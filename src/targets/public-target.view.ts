import { allowedFields } from '../common/allowed-fields';
import type { Target } from './target.entity';

/** What a letter writer needs of a target, as its document prints it; no bounce data (mail servers' replies name internal hosts). */
const PUBLIC_TARGET_FIELDS = [
  'id',
  'honorific',
  'name',
  'title',
  'organisation',
  'kind',
  'country',
  'addressLines',
  'faxPrinted',
  'fax',
  'phonePrinted',
  'phone',
  'emailPrinted',
  'email',
  'emails',
  'salutation',
  'preferredLanguage',
  'timeZone',
] as const satisfies readonly (keyof Target)[];

export type PublicTarget = Pick<Target, (typeof PUBLIC_TARGET_FIELDS)[number]>;

export const publicTarget = (target: Target): PublicTarget => allowedFields(target, PUBLIC_TARGET_FIELDS);
