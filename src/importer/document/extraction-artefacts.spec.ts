import { readDocumentLines } from './document-lines';

const texts = (source: string) => readDocumentLines(source).map((line) => line.text);

describe('undoing what PDF text extraction does to a document', () => {
  it("closes up letter-spaced headings with the document's own words, kerned pairs included", () => {
    expect(texts('B A C K G R O U N D I N F O R M AT I O N\nSome background.')).toEqual(['BACKGROUND INFORMATION', 'Some background.']);
    expect(texts('J O U R N A L I S T S AT R I S K\nTwo journalists at risk of torture.')).toEqual([
      'JOURNALISTS AT RISK',
      'Two journalists at risk of torture.',
    ]);
  });

  it('joins a word hyphenated at a line end, but keeps the hyphen of names and compounds', () => {
    expect(texts('before his request had been consid-\nered; and more')).toEqual(['before his request had been considered;', 'and more']);
    expect(texts('succeeded by his son Kim Jong-\nun. Amnesty')).toEqual(['succeeded by his son Kim Jong-', 'un. Amnesty']);
    expect(texts('at risk of ill-\ntreatment and torture')).toEqual(['at risk of ill-', 'treatment and torture']);
    expect(texts('an asylum-seeker was held; another asylum-\nseeker too')).toEqual([
      'an asylum-seeker was held; another asylum-',
      'seeker too',
    ]);
  });

  it('keeps a running header once and drops page footers', () => {
    const source =
      'EXTERNAL    AI Index: EUR 46/06/96\nFirst page text.\n\f\nEXTERNAL    AI Index: EUR 46/06/96\nSecond page text.\nEUR 46/06/96 · Page 2 of 2';
    expect(texts(source)).toEqual(['EXTERNAL AI Index: EUR 46/06/96', 'First page text.', 'Second page text.']);
  });
});
