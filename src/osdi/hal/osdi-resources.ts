import Handlebars from 'handlebars';
import type { CampaignRow, CampaignTargetRow, OutreachRow, PersonRow } from '../osdi.repository';
import { HalLinks, ORIGIN_SYSTEM, OSDI_ISSUER, OsdiUrls } from './hal';
import type { OsdiAdvocacyCampaignDto, OsdiOutreachDto, OsdiPersonDto, OsdiTargetDto } from './osdi-resources.dto';

const identifiersOf = (id: string) => [`${OSDI_ISSUER}:${id}`];
const iso = (date: Date) => new Date(date).toISOString();

/** OSDI's outreach types where ours has one; "fax" and "other" are flexenum values of ours. */
const OUTREACH_TYPE: Record<string, string> = { email: 'email', mailto: 'email', post: 'postal mail', fax: 'fax', other: 'other' };

function campaignTarget(target: CampaignTargetRow): OsdiTargetDto {
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

export function advocacyCampaign(urls: OsdiUrls, row: CampaignRow, targets: CampaignTargetRow[]): OsdiAdvocacyCampaignDto {
  const asks =
    row.asks.length > 0 ? `<ul>${row.asks.map((ask) => `<li>${Handlebars.Utils.escapeExpression(ask)}</li>`).join('')}</ul>` : '';
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

export function outreach(urls: OsdiUrls, row: OutreachRow): OsdiOutreachDto {
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
      ? [
          {
            ...(row.targetTitle && { title: row.targetTitle }),
            ...(row.targetOrganisation && { organization: row.targetOrganisation }),
            family_name: row.targetName,
          },
        ]
      : [],
    'urgent_action:letter_count': row.letterCount,
    'urgent_action:channel': row.channel,
    _links: links,
  };
}

/** A supporter keeps one name as they wrote it: it goes whole in `given_name`, with no family name split off. */
export function person(urls: OsdiUrls, row: PersonRow): OsdiPersonDto {
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
