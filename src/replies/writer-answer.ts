/** What a writer says when asked whether the office answered their letter (WriteToThem's question). */
export enum WriterAnswer {
  Yes = 'yes',
  No = 'no',
  NotExpected = 'not expected',
}

export const WRITER_ANSWERS = Object.values(WriterAnswer);

export const isWriterAnswer = (value: unknown): value is WriterAnswer => (WRITER_ANSWERS as unknown[]).includes(value);
