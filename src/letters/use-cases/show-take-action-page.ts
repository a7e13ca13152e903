import { Injectable } from '@nestjs/common';
import type { PublishedAction } from '../../actions/use-cases/read-published-actions';
import type { LetterPreview } from '../letters.service';
import { LettersService } from '../letters.service';
import { RecentLetterSources } from '../recent-letter-sources';
import { LetterReferences } from '../references/letter-references';
import { type OfferedSection, offeredSections, sectionOfWriter } from '../writer-section';

/** Who is writing, as the take-action page carries it: the letters are signed with these fields. */
export interface TakeActionWriter {
  name: string;
  city: string;
  country: string;
  letterLanguage: string;
  /** The section the writer chose; '' for none. */
  section: string;
}

/** The writer's letters: one per target, and the reference their PDF and mailto links carry instead of the fields. */
export interface WriterLetters {
  previews: LetterPreview[];
  reference: string;
}

export interface TakeActionPageReadModel {
  found: PublishedAction;
  /** The sections whose local targets a writer may add. */
  sections: OfferedSection[];
  /** The section the writer writes with: chosen, or found from the country typed. */
  section: OfferedSection | null;
  /** Null until the writer gave a name to sign with. */
  letters: WriterLetters | null;
}

/**
 * "Take action" for one writer: the action, the sections offered, and once the writer has a name, their letters with
 * each letter's own paragraph. Null when the action takes no letters (not published, not visible yet, or closed).
 */
@Injectable()
export class ShowTakeActionPage {
  constructor(
    private readonly sources: RecentLetterSources,
    private readonly letters: LettersService,
    private readonly references: LetterReferences,
  ) {}

  /** `notes`: each letter's own paragraph by target id, as accepted; `pageLanguage` names the countries a writer may type. */
  async execute(
    actionId: string,
    writer: TakeActionWriter,
    notes: ReadonlyMap<string, string>,
    pageLanguage: string,
  ): Promise<TakeActionPageReadModel | null> {
    const generic = await this.sources.get(actionId);
    const sections = generic ? offeredSections(generic.letters.templates.action) : [];
    const section = sectionOfWriter(writer, sections, pageLanguage);
    const sources = section ? await this.sources.get(actionId, section.id) : generic;
    if (!sources) return null;
    if (!writer.name) return { found: sources.found, sections, section, letters: null };
    const query = {
      name: writer.name,
      city: writer.city || undefined,
      country: writer.country || undefined,
      lang: writer.letterLanguage || undefined,
    };
    const targetIds = new Set(sources.found.action.targets.map((link) => link.target.id));
    const accepted = new Map([...notes].filter(([targetId]) => targetIds.has(targetId)));
    // The PDF and mailto links carry a reference to these fields and paragraphs, never the fields themselves.
    const reference = await this.references.create({ ...query, section: section?.id || undefined, notes: Object.fromEntries(accepted) });
    return {
      found: sources.found,
      sections,
      section,
      letters: { previews: this.letters.previewsFrom(sources.letters, query, accepted, reference), reference },
    };
  }
}
