/**
 * Who hears about what, as SQL conditions shared by the fan-outs and the summaries, so both answer the same.
 * The arguments are column references (e.g. `s."id"`), never values.
 */

/** An address that bounced gets no more notices. */
const stillReachable = (supporter: string) =>
  `NOT EXISTS (SELECT 1 FROM supporter b WHERE b."id" = ${supporter} AND b."emailBouncedAt" IS NOT NULL)`;

/** Follows the whole network: signed up (confirmed) and not unsubscribed. */
export const followsNetwork = (supporter: string) => `
  (${stillReachable(supporter)} AND EXISTS (SELECT 1 FROM subscription sub WHERE sub."supporterId" = ${supporter} AND sub."actionId" IS NULL
            AND sub."confirmedAt" IS NOT NULL AND sub."unsubscribedAt" IS NULL))`;

/** Follows one action: signed up for it (confirmed) or recorded an appeal in it, and not unsubscribed from it. */
export const followsAction = (supporter: string, action: string) => `
  (${stillReachable(supporter)} AND (EXISTS (SELECT 1 FROM subscription sub WHERE sub."supporterId" = ${supporter} AND sub."actionId" = ${action}
             AND sub."confirmedAt" IS NOT NULL AND sub."unsubscribedAt" IS NULL)
    OR EXISTS (SELECT 1 FROM appeal_record r WHERE r."supporterId" = ${supporter} AND r."actionId" = ${action}))
  AND NOT EXISTS (SELECT 1 FROM subscription sub WHERE sub."supporterId" = ${supporter} AND sub."actionId" = ${action}
                    AND sub."unsubscribedAt" IS NOT NULL))`;
