import { Gender, SubjectStatus } from '../../actions/action-vocabulary';
import { genderOf, groupSizeOf, isGroupName, statusOf } from './subject-wording';

describe('subject wording', () => {
  it('tells a group from a person, surnames ending like demonyms included', () => {
    expect(
      ['At least nine North Koreans', 'Seven logging workers', '12 students', 'Members of the invented choir'].map(isGroupName),
    ).toEqual([true, true, true, true]);
    expect(['Anna Dennis', 'Tavio Renquist', 'Mira Evans', 'Ilse Reese'].map(isGroupName)).toEqual([false, false, false, false]);
    expect(['At least nine North Koreans', 'twenty-three villagers', 'Dozens of protesters'].map(groupSizeOf)).toEqual([9, 23, null]);
  });

  it('reads the printed gender, including counts and pronouns', () => {
    expect(['Unknown', 'f', 'seven males', 'both', 'seven males and two females', 'she/her', 'he / him', 'M.'].map(genderOf)).toEqual([
      Gender.Unknown,
      Gender.Female,
      Gender.Male,
      Gender.Mixed,
      Gender.Mixed,
      Gender.Female,
      Gender.Male,
      Gender.Male,
    ]);
    expect(genderOf('they/them')).toBeNull();
  });

  it('takes what has happened from a sentence, not what is feared', () => {
    expect(statusOf('Fears for forcibly returned North Koreans')).toBe(SubjectStatus.ForciblyReturned);
    expect(statusOf('Workers are held near the border and could be deported at any moment')).toBe(SubjectStatus.Detained);
    expect(statusOf('Activist released on bail')).toBe(SubjectStatus.Released);
    expect(statusOf('Journalists at risk of being detained')).toBeNull();
  });
});
