import { contactEntries, splitHonorific, splitTitledName } from './target-lines';

describe('names, ranks and honorifics on a target line', () => {
  it.each([
    ['Mr. So Se-pyong', { honorific: 'Mr.', name: 'So Se-pyong' }],
    ['H.E. Mr Farrukh Zandani', { honorific: 'H.E. Mr', name: 'Farrukh Zandani' }],
    ['Mrs Ana Invented', { honorific: 'Mrs', name: 'Ana Invented' }],
    ['Ms Nestan Korelia', { honorific: 'Ms', name: 'Nestan Korelia' }],
    ['General de División Julián Invented Pacheco', { honorific: 'General de División', name: 'Julián Invented Pacheco' }],
    [
      'Minister of Security General de División Julián Invented Pacheco',
      { honorific: 'General de División', name: 'Julián Invented Pacheco', title: 'Minister of Security' },
    ],
    ['Coronel Luis Invented', { honorific: 'Coronel', name: 'Luis Invented' }],
    ['Sra. María Invented de la Cruz', { honorific: 'Sra.', name: 'María Invented de la Cruz' }],
    ['Sr. Pedro Invented', { honorific: 'Sr.', name: 'Pedro Invented' }],
    ['Dr. Óscar Invented Chinchilla', { honorific: 'Dr.', name: 'Óscar Invented Chinchilla' }],
    ['Mme Claire Invented', { honorific: 'Mme', name: 'Claire Invented' }],
  ])('%s', (line, expected) => {
    expect(splitHonorific(line)).toEqual(expected);
  });

  it('reads "General" after Prosecutor or Procurator as part of the title, not as a rank', () => {
    expect(splitHonorific('Procurator General Ivan Invented')).toBeNull();
    expect(splitTitledName('Procurator General Ivan Invented')).toEqual({ title: 'Procurator General', name: 'Ivan Invented' });
    expect(splitTitledName('Prosecutor General Invented Rustamov')).toEqual({ title: 'Prosecutor General', name: 'Invented Rustamov' });
    expect(splitTitledName('Prosecutor General')).toBeNull();
  });

  it("reads the telex era's contact labels, telegrams and telexes included", () => {
    expect(contactEntries('Faxes: + 7 495 692 1725')).toEqual([{ label: 'fax', value: '+ 7 495 692 1725' }]);
    expect(contactEntries('Telegrams: Procurator General, Moscow, Russia')).toEqual([
      { label: null, value: 'Procurator General, Moscow, Russia' },
    ]);
    expect(contactEntries('Telexes: 411 111 PROK SU')).toEqual([{ label: null, value: '411 111 PROK SU' }]);
  });
});
