import type { HalLinks, OsdiUrls } from './hal';

/** OSDI's paging: 1-based `page`, `per_page` up to 100. */
export interface OsdiPage {
  page: number;
  perPage: number;
}

/** A collection as OSDI answers it: the counts, links to pages and items, and the items embedded. */
export interface OsdiCollection<Resource> {
  total_pages: number;
  per_page: number;
  page: number;
  total_records: number;
  _links: HalLinks;
  _embedded: Record<string, Resource[]>;
}

export function osdiCollection<Resource extends { _links: HalLinks }>(
  urls: OsdiUrls,
  path: string,
  relation: string,
  paging: OsdiPage,
  total: number,
  items: Resource[],
): OsdiCollection<Resource> {
  const totalPages = Math.ceil(total / paging.perPage);
  const pageHref = (page: number) => urls.api(`${path}?page=${page}&per_page=${paging.perPage}`);
  const links: HalLinks = { self: { href: pageHref(paging.page) } };
  if (paging.page < totalPages) links.next = { href: pageHref(paging.page + 1) };
  if (paging.page > 1) links.prev = { href: pageHref(Math.min(paging.page - 1, Math.max(totalPages, 1))) };
  links[relation] = items.map((item) => item._links.self as { href: string });
  links.curies = urls.curies();
  return {
    total_pages: totalPages,
    per_page: paging.perPage,
    page: paging.page,
    total_records: total,
    _links: links,
    _embedded: { [relation]: items },
  };
}

export const windowOf = (paging: OsdiPage) => ({ limit: paging.perPage, offset: (paging.page - 1) * paging.perPage });
