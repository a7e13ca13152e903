import Handlebars from 'handlebars';
import type { CampaignRow, CampaignTargetRow, OutreachRow, PersonRow } from '../osdi.repository';
import { HalLinks, ORIGIN_SYSTEM, OSDI_ISSUER, OsdiUrls } from './hal';

/**
 * OSDI's target hash. A target's name is kept whole in `family_name` (no given name is split off: names of every
 * language, and offices, are not split reliably). Fax, email and postal address have no OSDI target field: they go
 * in fields of ours, named `urgent_action:…` as OSDI's vendor extensions are.
 */
export interface OsdiTarget {
  title?: string;
  organization?: string;
  family_name: string;
  'urgent_action:role'?: string;
  'urgent_action:country'?: string;
  'urgent_action:email'?: string | null;
  'urgent_action:fax'?: string | null;
  'urgent_action:postal_address'?: string[];
}

export interface OsdiAdvocacyCampaign {
  identifiers: string[];
  origin_system: string;
  created_date: string;
  modified_date: string;
  name: string;
  title: string;
  description: string;
  summary: string;
  target_universe: string;
  targets: OsdiTarget[];
  browser_url: string;
  type: string;
  total_outreaches: number;
  /** OSDI has no deadline: ours, the instant and the zone it was set in. */
  'urgent_action:appeal_deadline': string;
  'urgent_action:appeal_deadline_time_zone': string;
  'urgent_action:status': string;
  _links: HalLinks;
}

export interface OsdiOutreach {
  identifiers: string[];
  origin_system: string;
  created_date: string;
  modified_date: string;
  action_date: string;
  type: string;
  targets: OsdiTarget[];
  /** One appeal record may count many letters (a section's paper count): OSDI has no count. */
  'urgent_action:letter_count': number;
  'urgent_action:channel': string;
  _links: HalLinks;
}

export interface OsdiPerson {
  identifiers: string[];
  origin_system: string;
  created_date: string;
  modified_date: string;
  given_name: string;
  email_addresses: { address: string; primary: boolean }[];
  postal_addresses: { primary: boolean; locality?: string; country?: string }[];
  languages_spoken: string[];
  _links: HalLinks;
}

const identifiersOf = (id: string) => [`${OSDI_ISSUER}:${id}`];
const iso = (date: Date) => new Date(date).toISOString();

/** OSDI's outreach types where ours has one; "fax" and "other" are flexenum values of ours. */
const OUTREACH_TYPE: Record<string, string> = { email: 'email', mailto: 'email', post: 'postal mail', fax: 'fax', other: 'other' };

function campaignTarget(target: CampaignTargetRow): OsdiTarget {
  return {
    ...(target.title && { title: target.title }),
    ...(target.organisation && { organization: target.organisation }),
    family_name: target.name,
    'urgent_action:role': target.role,
    'urgent_action:country': target.country,
    'urgent_action:email': target.email,
    'urgent_action:fax': target.fax,
    'urgent_action:postal_address': target.addressLines,
  };
}

export function advocacyCampaign(urls: OsdiUrls, row: CampaignRow, targets: CampaignTargetRow[]): OsdiAdvocacyCampaign {
  const asks = row.asks.length > 0 ? `<ul>${row.asks.map((ask) => `<li>${Handlebars.Utils.escapeExpression(ask)}</li>`).join('')}</ul>` : '';
  return {
    identifiers: identifiersOf(row.id),
    origin_system: ORIGIN_SYSTEM,
    created_date: iso(row.createdAt),
    modified_date: iso(row.updatedAt),
    name: row.reference ?? row.title,
    title: row.title,
    description: `<p>${Handlebars.Utils.escapeExpression(row.summary)}</p>${asks}`,
    summary: row.summary,
    target_universe: targets.map((target) => target.name).join('; '),
    targets: targets.map(campaignTarget),
    browser_url: urls.page(`/urgent-actions/${row.id}`),
    type: 'letter',
    total_outreaches: row.letters,
    'urgent_action:appeal_deadline': iso(row.appealDeadline),
    'urgent_action:appeal_deadline_time_zone': row.appealDeadlineTimeZone,
    'urgent_action:status': row.status,
    _links: {
      self: { href: urls.api(`/advocacy_campaigns/${row.id}`) },
      'osdi:outreaches': { href: urls.api(`/advocacy_campaigns/${row.id}/outreaches`) },
    },
  };
}

export function outreach(urls: OsdiUrls, row: OutreachRow): OsdiOutreach {
  const links: HalLinks = {
    self: { href: urls.api(`/outreaches/${row.id}`) },
    'osdi:advocacy_campaign': { href: urls.api(`/advocacy_campaigns/${row.actionId}`) },
  };
  if (row.sharingSupporterId) links['osdi:person'] = { href: urls.api(`/people/${row.sharingSupporterId}`) };
  return {
    identifiers: identifiersOf(row.id),
    origin_system: ORIGIN_SYSTEM,
    created_date: iso(row.recordedAt),
    modified_date: iso(row.recordedAt),
    action_date: iso(row.sentAt),
    type: OUTREACH_TYPE[row.channel] ?? row.channel,
    targets: row.targetName
      ? [{ ...(row.targetTitle && { title: row.targetTitle }), ...(row.targetOrganisation && { organization: row.targetOrganisation }), family_name: row.targetName }]
      : [],
    'urgent_action:letter_count': row.letterCount,
    'urgent_action:channel': row.channel,
    _links: links,
  };
}

/** A supporter keeps one name as they wrote it: it goes whole in `given_name`, with no family name split off. */
export function person(urls: OsdiUrls, row: PersonRow): OsdiPerson {
  const address = { primary: true, ...(row.city && { locality: row.city }), ...(row.country && { country: row.country }) };
  return {
    identifiers: identifiersOf(row.id),
    origin_system: ORIGIN_SYSTEM,
    created_date: iso(row.createdAt),
    modified_date: iso(row.lastActiveAt),
    given_name: row.name,
    email_addresses: [{ address: row.email, primary: true }],
    postal_addresses: row.city || row.country ? [address] : [],
    languages_spoken: [row.language],
    _links: { self: { href: urls.api(`/people/${row.id}`) } },
  };
}
