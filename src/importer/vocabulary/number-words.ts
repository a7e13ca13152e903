const UNITS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** "nine" → 9, "twenty-three" → 23, "12" → 12; null for anything else ("dozens", "hundreds"). */
export function numberOf(word: string): number | null {
  const lower = word.toLowerCase();
  if (/^\d+$/.test(lower)) return Number(lower);
  if (UNITS.includes(lower)) return UNITS.indexOf(lower);
  const [tens, unit] = lower.split('-');
  const tensValue = TENS.indexOf(tens);
  if (tensValue < 2) return null;
  if (unit === undefined) return tensValue * 10;
  const unitValue = UNITS.indexOf(unit);
  return unitValue > 0 && unitValue < 10 ? tensValue * 10 + unitValue : null;
}
