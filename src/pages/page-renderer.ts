import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { Injectable } from '@nestjs/common';
import Handlebars from 'handlebars';
import { PageLanguage } from './page-language';
import { fillText, loadPageTexts, PageText } from './page-text';
import { PAGES_DIR } from './pages-directory';

export interface PageFrame {
  language: PageLanguage;
  title: string;
  /** The same page in the other languages, for the language switcher. */
  path: string;
}

/**
 * Server-rendered pages: Handlebars views in templates/pages, each compiled once. Views get
 * ready-made view models (dates and numbers already formatted), so templates hold no logic
 * beyond `t` (the page's words in its language) and the escaping Handlebars does.
 */
@Injectable()
export class PageRenderer {
  private readonly handlebars = Handlebars.create();
  private readonly views = new Map<string, Handlebars.TemplateDelegate>();
  private readonly texts = loadPageTexts();
  private readonly layout: Handlebars.TemplateDelegate;

  constructor() {
    for (const file of readdirSync(join(PAGES_DIR, 'partials'))) {
      this.handlebars.registerPartial(basename(file, '.hbs'), readFileSync(join(PAGES_DIR, 'partials', file), 'utf8'));
    }
    this.handlebars.registerHelper('t', function (this: unknown, key: string, options: Handlebars.HelperOptions) {
      const text: PageText = options.data.root.text;
      if (!(key in text)) throw new Error(`No page text "${key}"`);
      return fillText(text[key], options.hash as Record<string, string | number>);
    });
    this.layout = this.compile('layout');
  }

  render(view: string, frame: PageFrame, model: object): string {
    const template = this.views.get(view) ?? this.compile(view);
    this.views.set(view, template);
    const root = { ...model, frame, text: this.texts[frame.language] };
    const options = { allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false };
    return this.layout({ ...root, content: template(root, options) }, options);
  }

  text(language: PageLanguage, key: string, values: Record<string, string | number> = {}): string {
    return fillText(this.texts[language][key], values);
  }

  private compile(view: string): Handlebars.TemplateDelegate {
    return this.handlebars.compile(readFileSync(join(PAGES_DIR, `${view}.hbs`), 'utf8'), { strict: true });
  }
}
