/** HAL+JSON as OSDI uses it: `_links` by relation, `osdi:` relations explained by the curie. */
export interface HalLink {
  href: string;
  templated?: boolean;
  name?: string;
}

export type HalLinks = Record<string, HalLink | HalLink[]>;

export const HAL_JSON = 'application/hal+json';

/** Whoever calls an identifier ours: `urgent_action:<uuid>`. */
export const OSDI_ISSUER = 'urgent_action';

export const ORIGIN_SYSTEM = 'Urgent Action campaign manager';

/** Builds absolute hrefs under /api/osdi/v1 for the host the caller reached. */
export class OsdiUrls {
  constructor(private readonly origin: string) {}

  api(path = ''): string {
    return `${this.origin}/api/osdi/v1${path}`;
  }

  page(path: string): string {
    return `${this.origin}${path}`;
  }

  curies(): HalLink[] {
    return [{ name: 'osdi', href: 'https://opensupporter.github.io/osdi-docs/{rel}', templated: true }];
  }
}
