export interface ChannelFigure {
  channel: string;
  letters: number;
}

export interface TargetFigure {
  targetId: string | null;
  name: string | null;
  letters: number;
  /** Replies the office sent about this action (recorded by staff or sections). */
  replies: number;
  /** Replies per letter it was sent, 0 to 1 and more; null before any letter. */
  responseRate: number | null;
  /** What the writers of letters the system sent to it answered when asked, two weeks on, whether it replied. */
  writerAnswers: { yes: number; no: number; notExpected: number };
}

export interface SectionFigure {
  sectionId: string | null;
  code: string | null;
  letters: number;
}

export interface DayFigure {
  /** YYYY-MM-DD in the action's deadline time zone. */
  day: string;
  letters: number;
}

/** Everything counted for one action: supporters' letters and the counts sections reported. */
export interface AppealFigures {
  actionId: string;
  total: number;
  goal: number | null;
  byChannel: ChannelFigure[];
  byTarget: TargetFigure[];
  bySection: SectionFigure[];
  perDay: DayFigure[];
}

export interface ActionOverview {
  id: string;
  reference: string | null;
  isDemonstration: boolean;
  title: string;
  status: string;
  appealDeadline: Date;
  appealDeadlineTimeZone: string;
  appeals: number;
  goal: number | null;
}
