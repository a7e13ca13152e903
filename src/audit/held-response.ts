import type { Response } from 'express';

/**
 * Holds back the end of a response until `release`: a page handler sends its redirect itself (@Res), before the
 * audit log has its entry, so without this the person (and a test) could see the next page before the log does.
 */
export function holdResponse(response: Response): { release(): void } {
  const end = response.end.bind(response) as (...args: unknown[]) => Response;
  let held: unknown[] | null = null;
  response.end = ((...args: unknown[]) => {
    held = args;
    return response;
  }) as Response['end'];
  return {
    release() {
      response.end = end as Response['end'];
      if (held) end(...held);
      held = null;
    },
  };
}
