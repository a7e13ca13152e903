import type { EntityManager } from 'typeorm';
import { followsAction, followsNetwork } from './following';

/** One recipient of a fan-out, in the order pages are read (by id, so a cursor can resume). */
export interface AudienceMember {
  id: string;
  email: string;
  name: string;
  language: string;
  timeZone: string | null;
}

export type AudienceStage = 'sections' | 'network' | 'action supporters';

const SECTIONS = `
  SELECT s."id", lower(s."contactEmail") AS "email", s."name", coalesce(s."languages"[1], 'en') AS "language", s."timeZone"
  FROM section s
  WHERE s."id" > $2 AND NOT EXISTS (
    SELECT 1 FROM section_opt_out o WHERE o."sectionId" = s."id" AND o."email" = lower(s."contactEmail"))
    AND $1::uuid IS NOT NULL
  ORDER BY s."id" LIMIT $3`;

const NETWORK_SUBSCRIBERS = `
  SELECT s."id", s."email", s."name", s."language", NULL AS "timeZone"
  FROM supporter s
  WHERE s."id" > $2 AND ${followsNetwork('s."id"')} AND $1::uuid IS NOT NULL
    AND s."noticeFrequency" = 'immediately'
  ORDER BY s."id" LIMIT $3`;

/**
 * Those who follow the action. Those who chose a daily or weekly summary read the update there, except
 * "stop writing" ($4), which cannot wait.
 */
const ACTION_SUPPORTERS = `
  SELECT s."id", s."email", s."name", s."language", NULL AS "timeZone"
  FROM supporter s
  WHERE s."id" > $2
    AND ${followsAction('s."id"', '$1')}
    AND (s."noticeFrequency" = 'immediately' OR $4::boolean)
  ORDER BY s."id" LIMIT $3`;

const QUERIES: Record<AudienceStage, string> = {
  sections: SECTIONS,
  network: NETWORK_SUBSCRIBERS,
  'action supporters': ACTION_SUPPORTERS,
};

const FIRST_ID = '00000000-0000-0000-0000-000000000000';

export function readAudiencePage(
  manager: EntityManager,
  stage: AudienceStage,
  actionId: string,
  afterId: string | null,
  pageSize: number,
  options: { urgent: boolean },
): Promise<AudienceMember[]> {
  const parameters: unknown[] = [actionId, afterId ?? FIRST_ID, pageSize];
  if (stage === 'action supporters') parameters.push(options.urgent);
  return manager.query(QUERIES[stage], parameters);
}
