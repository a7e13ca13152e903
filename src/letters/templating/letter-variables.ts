/** The shape of what a letter template may read; the checker rejects any other name at save time. */
export type VariableShape = 'text' | 'number' | 'boolean' | 'date' | { list: VariableShape } | { fields: Record<string, VariableShape> };

const subject: VariableShape = {
  fields: { name: 'text', isGroup: 'boolean', groupSize: 'number', genderPrinted: 'text' },
};

export const LETTER_VARIABLES: VariableShape = {
  fields: {
    language: 'text',
    today: 'date',
    organisation: { fields: { name: 'text' } },
    action: {
      fields: {
        reference: 'text',
        documentIndex: 'text',
        title: 'text',
        summary: 'text',
        country: 'text',
        countryName: 'text',
        appealsAddressedTo: 'text',
        issuedOn: 'date',
      },
    },
    subject,
    subjects: { list: subject },
    subjectNames: { list: 'text' },
    /** The people at risk as the letter names them mid-sentence, in its language. */
    subjectPhrase: 'text',
    asks: { list: 'text' },
    target: {
      fields: {
        honorific: 'text',
        name: 'text',
        title: 'text',
        organisation: 'text',
        addressLines: { list: 'text' },
        country: 'text',
        countryName: 'text',
        fax: 'text',
        email: 'text',
        salutation: 'text',
        isDiplomatic: 'boolean',
        isMinister: 'boolean',
      },
    },
    supporter: { fields: { name: 'text', city: 'text', country: 'text' } },
  },
};

export interface LetterSubjectVariables {
  name: string;
  isGroup: boolean;
  groupSize: number | null;
  genderPrinted: string | null;
}

/** The values behind LETTER_VARIABLES for one letter. */
export interface LetterVariables {
  language: string;
  today: Date;
  organisation: { name: string };
  action: {
    reference: string | null;
    documentIndex: string | null;
    title: string;
    summary: string;
    country: string;
    countryName: string;
    appealsAddressedTo: string | null;
    issuedOn: Date | null;
  };
  subject: LetterSubjectVariables | null;
  subjects: LetterSubjectVariables[];
  subjectNames: string[];
  subjectPhrase: string;
  asks: string[];
  target: {
    honorific: string | null;
    name: string;
    title: string | null;
    organisation: string | null;
    addressLines: string[];
    country: string;
    countryName: string;
    fax: string | null;
    email: string | null;
    salutation: string | null;
    isDiplomatic: boolean;
    isMinister: boolean;
  };
  supporter: { name: string; city: string | null; country: string | null };
}
