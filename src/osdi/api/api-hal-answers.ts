import { applyDecorators, type Type } from '@nestjs/common';
import { ApiExtraModels, ApiProduces, ApiResponse, getSchemaPath } from '@nestjs/swagger';
import { HAL_JSON } from '../hal/hal';
import { HAL_LINKS_SCHEMA, HalLinkDto } from '../hal/osdi-resources.dto';

/** A 200 answer of one OSDI resource, as HAL+JSON. */
export const ApiHalAnswer = (resource: Type<unknown>, description: string) =>
  applyDecorators(
    ApiExtraModels(resource, HalLinkDto),
    ApiProduces(HAL_JSON),
    ApiResponse({ status: 200, description, content: { [HAL_JSON]: { schema: { $ref: getSchemaPath(resource) } } } }),
  );

/** A 200 answer of one page of an OSDI collection: the counts, `_links`, and the items embedded under `relation`. */
export const ApiHalCollection = (relation: string, item: Type<unknown>, description: string) =>
  applyDecorators(
    ApiExtraModels(item, HalLinkDto),
    ApiProduces(HAL_JSON),
    ApiResponse({
      status: 200,
      description,
      content: {
        [HAL_JSON]: {
          schema: {
            type: 'object',
            required: ['total_pages', 'per_page', 'page', 'total_records', '_links', '_embedded'],
            properties: {
              total_pages: { type: 'integer', minimum: 0 },
              per_page: { type: 'integer', minimum: 1, maximum: 100 },
              page: { type: 'integer', minimum: 1 },
              total_records: { type: 'integer', minimum: 0 },
              _links: HAL_LINKS_SCHEMA,
              _embedded: {
                type: 'object',
                required: [relation],
                properties: { [relation]: { type: 'array', items: { $ref: getSchemaPath(item) } } },
              },
            },
          },
        },
      },
    }),
  );
