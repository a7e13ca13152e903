/**
 * Operations whose 2xx answer is not typed yet (issue 20). The contract test fails on an untyped operation missing
 * from this list, and on a listed one that is typed now: type an operation, then take it off. New operations are
 * typed from the start (ApiAnswer, ApiPageAnswer, ApiRefusals in src/platform/openapi/api-answers.ts).
 */
export const NOT_YET_TYPED: readonly string[] = [
  'GET /api/actions/{id}/deliveries',
  'GET /api/actions/{id}/deliveries/forecast',
  'POST /api/actions/{id}/targets/{targetId}/sending',
  'POST /api/actions/{id}/deliveries/retry',
  'POST /api/actions/{id}/replies',
  'GET /api/actions/{id}/replies',
  'POST /api/sections/{sectionId}/actions/{id}/replies',
  'GET /api/actions/{id}/replies/{replyId}/attachment',
  'GET /api/actions/{id}/letters',
  'POST /api/actions/{id}/letters/previews',
  'GET /api/actions/{id}/letters/{targetId}.pdf',
  'POST /api/actions/{id}/letters/test-send',
  'GET /api/letters/confirm/{token}',
  'POST /api/letters/confirm/{token}',
  'GET /api/actions/{id}/letter-bursts',
  'POST /api/actions/{id}/letter-bursts/cancel',
  'GET /api/actions/{id}/letter-templates',
  'PUT /api/actions/{id}/letter-templates/{lang}',
  'GET /api/actions/{id}/letter-settings',
  'PUT /api/actions/{id}/letter-settings',
  'GET /api/sections/{sectionId}/actions/{actionId}/letter-templates',
  'PUT /api/sections/{sectionId}/actions/{actionId}/letter-templates/{lang}',
  'POST /api/sections/{sectionId}/actions/{actionId}/letter-templates/{lang}/approve',
  'POST /api/imports',
  'GET /api/me/data',
  'PATCH /api/me',
  'DELETE /api/me',
  'GET /api/figures/actions',
  'GET /api/actions/{id}/figures',
  'POST /api/sections/{sectionId}/actions/{actionId}/appeal-reports',
];
