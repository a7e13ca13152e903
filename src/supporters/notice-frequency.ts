/** How often a supporter hears about new actions and updates. A "stop writing" notice always goes at once. */
export enum NoticeFrequency {
  Immediately = 'immediately',
  Daily = 'daily',
  Weekly = 'weekly',
}

export type DigestFrequency = NoticeFrequency.Daily | NoticeFrequency.Weekly;
