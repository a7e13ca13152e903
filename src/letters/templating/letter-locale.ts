/** Where and in which language one letter is read: passed to the helpers as @-data, never as a variable. */
export interface LetterLocale {
  language: string;
  /** The target's office time zone: "today" is the office's today. */
  timeZone: string;
  appealDeadline: Date;
  /** The zone the deadline was set in, so "before 10 April" reads 10 April wherever the target sits. */
  deadlineTimeZone: string;
}
