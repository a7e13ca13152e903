import type { Supporter } from './supporter.entity';

/** The supporter's own profile as the API answers it: what they gave and chose, not the bookkeeping behind it. */
export type SupporterProfile = Pick<
  Supporter,
  | 'id'
  | 'email'
  | 'name'
  | 'city'
  | 'country'
  | 'language'
  | 'noticeFrequency'
  | 'sectionId'
  | 'sharesWithSection'
  | 'confirmedAt'
  | 'createdAt'
>;

/** Field by field, so a column the entity gains later is not answered until it is added here (and to SupporterDto). */
export function supporterProfile(supporter: Supporter): SupporterProfile {
  return {
    id: supporter.id,
    email: supporter.email,
    name: supporter.name,
    city: supporter.city,
    country: supporter.country,
    language: supporter.language,
    noticeFrequency: supporter.noticeFrequency,
    sectionId: supporter.sectionId,
    sharesWithSection: supporter.sharesWithSection,
    confirmedAt: supporter.confirmedAt,
    createdAt: supporter.createdAt,
  };
}
