/** What an outbox row is. */
export enum NotificationKind {
  DeadlineReminder = 'deadline reminder',
  NewActionNotice = 'new action notice',
  UpdateNotice = 'update notice',
  /** A message to a target's own address (an appeal the system sends); its permanent failure flags the target. */
  TargetMessage = 'target message',
  /** A supporter's daily or weekly summary of new actions and updates. */
  Digest = 'digest',
  /** The link a writer opens to let the system send the letters they asked for in their name. */
  WriterConfirmation = 'writer confirmation',
  /** The double opt-in link of a sign-up (or a sign-up again after unsubscribing). */
  SubscriptionConfirmation = 'subscription confirmation',
  /** A supporter's magic sign-in link: worth sending only while it works. */
  SignInLink = 'sign-in link',
  /** A staff member's test send of a letter, to their own address: nothing reaches the target, nothing is counted. */
  LetterTest = 'letter test',
  /** "Did you get a reply?", asked of a writer two weeks after the system sent their letters. */
  ReplyQuestion = 'reply question',
}

export enum DeliveryStatus {
  Queued = 'queued',
  Sent = 'sent',
  Failed = 'failed',
  Cancelled = 'cancelled',
  /** The target's address failed permanently before: nothing more goes until staff clear the flag. */
  Held = 'held',
  /** The relay took it, then the recipient's server sent it back (a DSN to its return path): settled, the address flagged. */
  Bounced = 'bounced',
}

/** The event a fan-out tells its audience about. */
export enum FanoutKind {
  ActionPublished = 'action published',
  UpdatePosted = 'update posted',
}

export enum FanoutStatus {
  Pending = 'pending',
  Done = 'done',
  Cancelled = 'cancelled',
  Failed = 'failed',
}
