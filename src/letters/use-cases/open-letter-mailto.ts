import { Injectable } from '@nestjs/common';
import { LettersService, referencedQuery } from '../letters.service';
import { RecentLetterSources } from '../recent-letter-sources';
import { LetterReferences } from '../references/letter-references';

/** The mailto link of one letter, or why there is none: no such letter, or a target without an email address. */
export type LetterMailto = { url: string } | { missing: 'letter' | 'address' };

/** One letter's mailto link, from the reference its page carries: the letter's words stay out of the page's own URLs. */
@Injectable()
export class OpenLetterMailto {
  constructor(
    private readonly sources: RecentLetterSources,
    private readonly letters: LettersService,
    private readonly references: LetterReferences,
  ) {}

  async execute(actionId: string, targetId: string, reference: string | null): Promise<LetterMailto> {
    const query = reference !== null ? referencedQuery(await this.references.read(reference), targetId.toLowerCase()) : null;
    const sources = await this.sources.get(actionId, query?.section ?? null);
    if (!sources || !query || reference === null) return { missing: 'letter' };
    const { section: _section, ...letterQuery } = query;
    const [letter] = this.letters.previewsFrom(sources.letters, { ...letterQuery, target: targetId }, new Map(), reference);
    return letter?.mailto ? { url: letter.mailto.url } : { missing: 'address' };
  }
}
