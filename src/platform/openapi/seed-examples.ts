/**
 * Example values in the OpenAPI document, taken from the seed action UA 66/12 (seeds/actions/ua-066-12-*.json,
 * from the document in shared/seeds/003_*.txt); seed-examples.spec.ts checks they still read as the seed does.
 */
export const SEED_EXAMPLE = {
  actionId: '6f1c2a4e-8b0d-4c3e-9a57-2d3b1e0f6a12',
  reference: 'UA 66/12',
  documentIndex: 'ASA 24/002/2012',
  title: 'Fears for forcibly returned North Koreans',
  country: 'KP',
  issuedOn: '2012-03-01',
  appealDeadline: '2012-04-10T23:59:59.000Z',
  appealDeadlineTimeZone: 'Europe/London',
  publishedAt: '2012-03-01T12:00:00.000Z',
  languages: ['en', 'ko'],
  risks: ['forcible return', 'arbitrary detention'],
  appealsAddressedTo: "Kim Jong-un, Supreme Commander of the Korean People's Army",
  subject: {
    name: 'At least nine North Koreans',
    isGroup: true,
    groupSize: 9,
    gender: 'unknown',
    genderPrinted: 'Unknown',
    status: 'forcibly returned',
  },
  subjectPhrase: 'at least nine North Koreans',
  target: {
    id: '0b7d5e3a-1c2f-4a6b-8d9e-3f4a5b6c7d8e',
    honorific: 'Mr',
    name: 'Sin Son-ho',
    kind: 'UN permanent mission',
    country: 'US',
    addressLines: ['820 Second Ave, 13th Floor', 'New York, NY 10017', 'USA'],
    fax: '+1 212 972 3154',
    email: 'dpr.korea@verizon.net',
    timeZone: 'America/New_York',
  },
} as const;
