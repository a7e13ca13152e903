import { PartMemo } from './part-memo';

describe('PartMemo', () => {
  it('renders a part once per letter content, and every time when it reads the supporter or today', () => {
    const memo = new PartMemo<string>();
    let renders = 0;
    const render = () => `rendered ${++renders}`;
    expect(memo.render('{{target.name}}', 'content A', render)).toBe('rendered 1');
    expect(memo.render('{{target.name}}', 'content A', render)).toBe('rendered 1');
    expect(memo.render('{{target.name}}', 'content B', render)).toBe('rendered 2');
    expect(memo.render('{{supporter.name}}', 'content A', render)).toBe('rendered 3');
    expect(memo.render('{{supporter.name}}', 'content A', render)).toBe('rendered 4');
    expect(memo.render('{{#with @root}}{{date today}}{{/with}}', 'content A', render)).toBe('rendered 5');
    expect(memo.render('{{date today}}', 'content A', render)).toBe('rendered 6');
  });
});
