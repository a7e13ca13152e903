import type { Principal } from '../accounts/principal';
import { NotAllowed } from '../platform/errors/domain-errors';
import type { UpdateSectionDto } from './dto/update-section.dto';

/** Fields that identify a section: only staff change them; its coordinator keeps the rest (languages, reminders, contacts). */
const STAFF_ONLY_FIELDS = ['code', 'country'] as const;

export function assertCoordinatorMayChange(principal: Principal, input: UpdateSectionDto): void {
  if (principal.kind !== 'user' || principal.user.role !== 'coordinator') return;
  const field = STAFF_ONLY_FIELDS.find((name) => input[name] !== undefined);
  if (!field) return;
  throw NotAllowed.at(field, `Only staff may change a section's ${field}`);
}
