import { InitialSchema1763900000000 } from './1763900000000-initial-schema';

/** In order. Listed by hand so the same list serves the build, the tests and the CLI. */
export const migrations = [InitialSchema1763900000000];
