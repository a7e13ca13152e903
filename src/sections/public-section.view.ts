import { allowedFields } from '../common/allowed-fields';
import type { Section } from './section.entity';

/** Which office attached a local target; never its contact or reminder addresses. */
const PUBLIC_SECTION_FIELDS = ['id', 'code', 'name', 'country', 'languages'] as const satisfies readonly (keyof Section)[];

export type PublicSection = Pick<Section, (typeof PUBLIC_SECTION_FIELDS)[number]>;

export const publicSection = (section: Section): PublicSection => allowedFields(section, PUBLIC_SECTION_FIELDS);
