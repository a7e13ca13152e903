import type { Environment } from '../config/environment';

export class UnsafeProductionSetupError extends Error {}

/**
 * What production must not fall back to silently: each refusal names the setting to give and the variable that
 * allows the fallback, never a value. `redisAnswers` is false when REDIS_URL did not answer (a private Redis would start).
 */
export function productionRefusals(environment: Environment, facts: { redisAnswers?: boolean } = {}): string[] {
  if (environment.NODE_ENV !== 'production') return [];
  const refusals: string[] = [];
  if (!environment.DATABASE_URL && !environment.ALLOW_EMBEDDED_DATABASE) {
    refusals.push(
      '  DATABASE_URL is not set, so the app would run on the embedded PGlite database (one connection, one process). ' +
        'Set DATABASE_URL to your PostgreSQL, or ALLOW_EMBEDDED_DATABASE=1 to run on PGlite anyway.',
    );
  }
  if (!environment.SMTP_URL && !environment.ALLOW_FILE_OUTBOX) {
    refusals.push(
      '  SMTP_URL is not set, so every mail (sign-in links too) would be written to files instead of sent. ' +
        'Set SMTP_URL to your relay, or ALLOW_FILE_OUTBOX=1 to write files anyway.',
    );
  }
  if (facts.redisAnswers === false && !environment.ALLOW_PRIVATE_REDIS) {
    refusals.push(
      '  REDIS_URL does not answer, so the app would start a private Redis that keeps nothing and that separate workers never see. ' +
        'Start the Redis REDIS_URL names, or set ALLOW_PRIVATE_REDIS=1 to start a private one anyway.',
    );
  }
  return refusals;
}

export function refuseUnsafeProductionSetup(environment: Environment, facts: { redisAnswers?: boolean } = {}): void {
  const refusals = productionRefusals(environment, facts);
  if (refusals.length > 0) {
    throw new UnsafeProductionSetupError(`NODE_ENV=production refuses this setup:\n${refusals.join('\n')}`);
  }
}
