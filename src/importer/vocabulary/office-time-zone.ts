import { getCountry } from 'countries-and-timezones';

export interface OfficeTimeZone {
  timeZone: string;
  /** Why this zone: the country has only one, or the address names the zone's city. */
  reason: string;
}

const cityOf = (zone: string) =>
  zone
    .slice(zone.lastIndexOf('/') + 1)
    .replace(/_/g, ' ')
    .toLowerCase();

/** The office's time zone from its country, and from its address where the country spans several. */
export function officeTimeZone(country: string, addressLines: string[]): OfficeTimeZone | null {
  const zones = getCountry(country as Parameters<typeof getCountry>[0], { deprecated: false })?.timezones ?? [];
  if (zones.length === 1) return { timeZone: zones[0], reason: `${country} has one time zone` };
  const address = ` ${addressLines
    .join(' ')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  const named = zones.filter((zone) => address.includes(` ${cityOf(zone)} `));
  return named.length === 1 ? { timeZone: named[0], reason: `the address names ${cityOf(named[0])}` } : null;
}
