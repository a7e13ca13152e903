import { checkTemplate } from './template-checker';
import { loadDefaultParts } from './default-letter-parts';
import { compiledTemplate } from './template-cache';

const messages = (source: string) => checkTemplate(source).map((problem) => `${problem.line}:${problem.column} ${problem.message}`);

describe('checkTemplate', () => {
  it('accepts the variables, helpers and blocks a letter uses', () => {
    expect(
      messages(
        '{{#each asks as |ask index|}}{{number index}}. {{ask}}{{#if @last}}.{{/if}}{{/each}}\n' +
          '{{#with target}}{{name}} {{../supporter.name}}{{/with}} {{deadline style="short"}} {{date (deadline) style="full"}} {{list subjectNames type="disjunction"}}',
      ),
    ).toEqual([]);
  });

  it('names line and column of an unknown variable, a wrong helper call and a block on a non-list', () => {
    expect(messages('ok\n{{#each target}}x{{/each}}')).toEqual([expect.stringMatching(/^2:1 #each needs a list/)]);
    expect(messages('{{date}}')).toEqual(['1:1 "date" takes 1 value, not 0']);
    expect(messages('{{list asks type="x" sep=","}}')).toEqual([expect.stringMatching(/^1:22 "list" has no option "sep"/)]);
    expect(messages('{{@index}}')).toEqual(['1:3 @index is only known inside #each']);
    expect(messages('{{target.name.first}}')).toEqual([expect.stringMatching(/^1:3 Unknown variable "target.name.first"/)]);
  });

  it('refuses every way into the prototype chain', () => {
    for (const source of [
      '{{constructor}}',
      '{{target.constructor.name}}',
      '{{asks.__proto__}}',
      '{{#with action}}{{valueOf}}{{/with}}',
      '{{lookup asks "constructor"}}',
    ]) {
      expect(checkTemplate(source)).not.toEqual([]);
    }
  });

  it('reports a syntax error at the place the parser stopped', () => {
    const [problem] = checkTemplate('line one\nline {{two');
    expect(problem).toMatchObject({ line: 2 });
    expect(problem.message).toMatch(/^Syntax error/);
  });
});

describe('the shipped default letters', () => {
  it('load for en, ko, fr and es, each part compiling, English complete', () => {
    const defaults = loadDefaultParts();
    expect([...defaults.keys()].sort()).toEqual(['en', 'es', 'fr', 'ko']);
    for (const [, parts] of defaults) {
      for (const source of Object.values(parts.parts)) expect(() => compiledTemplate(source as string)).not.toThrow();
      expect(parts.paragraphs?.length).toBeGreaterThan(0);
    }
  });
});
