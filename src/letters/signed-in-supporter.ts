import type { Principal } from '../accounts/principal';
import type { SupporterRecord } from '../supporters/supporter-read-model';

export function signedInSupporter(principal: Principal | undefined): SupporterRecord | null {
  return principal?.kind === 'supporter' ? principal.supporter : null;
}

/** A signed-in supporter's letter is signed with their profile where the request leaves a field out. */
export function withProfile<T extends { name?: string; city?: string; country?: string }>(fields: T, supporter: SupporterRecord | null): T {
  if (!supporter) return fields;
  return {
    ...fields,
    name: fields.name ?? supporter.name,
    city: fields.city ?? supporter.city ?? undefined,
    country: fields.country ?? supporter.country ?? undefined,
  };
}
