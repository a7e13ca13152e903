/** Where a writer's request that the system send their letter stands. */
export enum LetterRequestStatus {
  /** Waits for the writer to open the link mailed to their address: not counted, not paced, not sent. */
  AwaitingConfirmation = 'awaiting confirmation',
  /** Confirmed (or asked for by a signed-in supporter at their confirmed address): counted and in the outbox. */
  Confirmed = 'confirmed',
  /** Staff cancelled it (a burst), or it could no longer go when confirmed: never counted. */
  Cancelled = 'cancelled',
}
