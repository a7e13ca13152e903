import type { Section } from './section.entity';

/** A section as the pages and other modules read it: every column (a section has no relation), without TypeORM. */
export type SectionRecord = Pick<Section, keyof Section>;
