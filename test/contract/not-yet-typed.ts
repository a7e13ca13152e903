/**
 * Operations whose 2xx answer is not typed yet (issue 20). The contract test fails on an untyped operation missing
 * from this list, and on a listed one that is typed now: type an operation, then take it off. New operations are
 * typed from the start (ApiAnswer, ApiPageAnswer, ApiRefusals in src/platform/openapi/api-answers.ts).
 */
export const NOT_YET_TYPED: readonly string[] = [
];
