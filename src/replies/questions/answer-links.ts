/** The page an answer link opens: it shows the letter and the three buttons, and only a button records. */
export const answerPagePath = (token: string) => `/my/replies/${token}`;
