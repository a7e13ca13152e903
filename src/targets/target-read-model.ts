import type { Target } from './target.entity';

/** A directory entry as the pages and other modules read it: every column (a target has no relation), without TypeORM. */
export type TargetRecord = Pick<Target, keyof Target>;
