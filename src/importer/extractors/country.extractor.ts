import { TargetRole } from '../../actions/action-vocabulary';
import { TargetKind } from '../../targets/target-kind';
import type { DocumentLine } from '../document/document-line';
import type { DocumentRegions } from '../document/document-regions';
import type { DraftReport } from '../draft-report';
import type { DraftTarget } from '../imported-draft';
import { countryCodeOf, countryOfAdjective } from '../vocabulary/country-names';

// "UA: 66/12 Index: ASA 24/002/2012 North Korea Date: 1 March 2012" names the country between index and date.
const IDENTIFYING_COUNTRY = /\bIndex:?\s*[A-Z]{3}\s?\d{2}\s?\/\s?\d{3,4}\s?\/\s?\d{4}\s+(.+?)\s+(?:Date|Issue date)\b/i;
// "Call on the North Korean authorities …": the state the appeals are made to.
const AUTHORITIES = /\bthe ((?:\p{Lu}[\p{L}'’-]*\s+){0,2}\p{Lu}[\p{L}'’-]*) (?:authorities|government)\b/gu;

function fromAsks(asks: DocumentLine[]): { code: string; line: DocumentLine } | null {
  for (const line of asks) {
    for (const match of line.text.matchAll(AUTHORITIES)) {
      const code = countryOfAdjective(match[1]) ?? countryCodeOf(match[1]);
      if (code) return { code, line };
    }
  }
  return null;
}

// Embassies and UN missions sit abroad; only the state's own offices say where it is.
const ABROAD = new Set<string | undefined>([TargetKind.Embassy, TargetKind.UnPermanentMission, TargetKind.InternationalOrganisation]);

/** The one country all primary targets at home sit in, when they agree. */
function fromTargets(targets: DraftTarget[]): string | null {
  const home = targets.filter((link) => link.role === TargetRole.Primary && !ABROAD.has(link.target.kind));
  const countries = new Set(home.map((link) => link.target.country));
  const [only] = countries;
  return home.length > 0 && countries.size === 1 && only ? only : null;
}

/**
 * The country concerned: named on the identifying line, else the state whose authorities the asks address,
 * else where the primary targets hold office.
 */
export function extractCountry(regions: DocumentRegions, targets: DraftTarget[], report: DraftReport): string | undefined {
  // The telex's countries line: "RUSSIAN FEDERATION/DEMOCRATIC PEOPLE'S REPUBLIC OF KOREA"; the first is where appeals go.
  for (const line of regions.countries ?? []) {
    const [first] = line.text.split(/\s*\/\s*/);
    const code = countryCodeOf(first);
    if (code) {
      report.read('country', 0.9, line, first, code);
      return code;
    }
  }
  for (const line of regions.identity) {
    const named = IDENTIFYING_COUNTRY.exec(line.text)?.[1];
    const code = named ? countryCodeOf(named) : null;
    if (code) {
      report.read('country', 0.95, line, named, code);
      return code;
    }
  }
  const addressed = fromAsks([...regions.asks, ...regions.narrative]);
  if (addressed) {
    report.read('country', 0.8, addressed.line, addressed.line.text, addressed.code);
    return addressed.code;
  }
  const home = fromTargets(targets);
  if (home) {
    report.read('country', 0.6, null, 'the country where the primary targets hold office', home);
    return home;
  }
  report.missing(
    'country',
    'neither an identifying line, the asks ("Call on the … authorities") nor the targets name the country concerned',
  );
  return undefined;
}
