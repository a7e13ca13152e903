import { applyDecorators, type Type } from '@nestjs/common';
import { ApiExtraModels, ApiProduces, ApiResponse, getSchemaPath } from '@nestjs/swagger';
import { ErrorAnswerDto } from './error-answer.dto';

type AnswerType = Type<unknown> | [Type<unknown>];

/** A 2xx answer of one DTO, or a list of it (`[Dto]`). */
export const ApiAnswer = (type: AnswerType, options: { status?: number; description?: string } = {}) =>
  ApiResponse({ status: options.status ?? 200, description: options.description ?? 'OK', type });

const schemaOf = (type: AnswerType) =>
  Array.isArray(type) ? { type: 'array' as const, items: { $ref: getSchemaPath(type[0]) } } : { $ref: getSchemaPath(type) };

/** A 2xx answer that is one of several DTOs (or lists, `[Dto]`), told apart by who asked: the public or staff, say. */
export const ApiAnswerEither = (types: AnswerType[], description: string, status = 200) =>
  applyDecorators(ApiExtraModels(...types.flat()), ApiResponse({ status, description, schema: { anyOf: types.map(schemaOf) } }));

const PAGE_ENVELOPE = {
  page: { type: 'integer', minimum: 1, example: 1 },
  pageSize: { type: 'integer', minimum: 1, maximum: 100, example: 20 },
  total: { type: 'integer', minimum: 0, description: 'Items on every page together', example: 3 },
};

/** The schema of a page of these items: `{ items, page, pageSize, total }`, for `Page<T>` in src/common/pagination.ts. */
export const pageSchemaOf = (item: Type<unknown>) => ({
  type: 'object' as const,
  required: ['items', 'page', 'pageSize', 'total'],
  properties: { items: { type: 'array' as const, items: { $ref: getSchemaPath(item) } }, ...PAGE_ENVELOPE },
});

/** A page of one item DTO; with several (told apart by who asked), one of their pages. */
export const ApiPageAnswer = (items: Type<unknown> | Type<unknown>[], description = 'One page of the list') => {
  const types = [items].flat();
  return applyDecorators(
    ApiExtraModels(...types),
    ApiResponse({ status: 200, description, schema: types.length === 1 ? pageSchemaOf(types[0]) : { anyOf: types.map(pageSchemaOf) } }),
  );
};

/** A file, not JSON: of one media type, or of whichever of several it was stored as. */
export const ApiFileAnswer = (mediaTypes: string | string[], description: string) => {
  const types = [mediaTypes].flat();
  return applyDecorators(
    ApiProduces(...types),
    ApiResponse({
      status: 200,
      description,
      content: Object.fromEntries(types.map((type) => [type, { schema: { type: 'string', format: 'binary' } }])),
    }),
  );
};

/** 204: done, nothing to answer. */
export const ApiNoContent = (description = 'Done') => ApiResponse({ status: 204, description });

const REFUSAL_DESCRIPTIONS: Record<RefusalStatus, string> = {
  400: 'Malformed input: each field at fault is named in `errors`',
  401: 'Not signed in: send a bearer token, or the session cookie',
  403: 'Signed in, but not allowed; or a change through a session cookie without its x-csrf-token header',
  404: 'Nothing by that id (or not visible to this caller)',
  409: 'Conflicts with what exists already',
  410: 'Used already, or gone for good',
  413: "Too large: the upload or the body passes the operation's limit",
  415: 'Sent in a content type the operation does not take',
  422: 'Well-formed, but refused by a rule or the state things are in',
  429: 'Too many requests: try again later',
};

export type RefusalStatus = 400 | 401 | 403 | 404 | 409 | 410 | 413 | 415 | 422 | 429;

/** The refusals an operation can answer, each as the API's error shape. */
export const ApiRefusals = (...statuses: RefusalStatus[]) =>
  applyDecorators(
    ApiExtraModels(ErrorAnswerDto),
    // JSON even where the operation produces a file or CSV: refusals are always the error shape.
    ...statuses.map((status) =>
      ApiResponse({
        status,
        description: REFUSAL_DESCRIPTIONS[status],
        content: { 'application/json': { schema: { $ref: getSchemaPath(ErrorAnswerDto) } } },
      }),
    ),
  );
