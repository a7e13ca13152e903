import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import type { OpenAPIObject, ResponseObject } from '@nestjs/swagger';

type Schema = Record<string, unknown>;

/** Every object schema that lists its properties admits no others: an answer with a field the document lacks fails. */
function closed(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(closed);
  if (typeof schema !== 'object' || schema === null) return schema;
  const copy: Schema = Object.fromEntries(Object.entries(schema).map(([key, value]) => [key, key === 'example' ? value : closed(value)]));
  if (copy.properties && copy.additionalProperties === undefined) copy.additionalProperties = false;
  if (copy.nullable === true && Array.isArray(copy.enum) && !copy.enum.includes(null)) copy.enum = [...copy.enum, null];
  // OpenAPI 3.0's nullable reference (`nullable` beside a one-item allOf): null, or what the reference says.
  if (copy.nullable === true && Array.isArray(copy.allOf)) return { anyOf: [{ type: 'null' }, { allOf: copy.allOf }] };
  return copy;
}

/** Validates real answers against the document's schema for an operation and status (Ajv, with the document's components). */
export function answerValidator(document: OpenAPIObject) {
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema({ components: closed(document.components) }, 'openapi');
  const compiled = new Map<string, ValidateFunction>();
  return (method: string, path: string, status: number, body: unknown, mediaType = 'application/json'): string[] => {
    const key = `${method} ${path} ${status} ${mediaType}`;
    let validate = compiled.get(key);
    if (!validate) {
      const operation = (document.paths[path] as Record<string, { responses: Record<string, ResponseObject> }>)[method.toLowerCase()];
      const schema = operation?.responses[String(status)]?.content?.[mediaType]?.schema;
      if (!schema) return [`${key}: no schema in the document`];
      const rewritten = JSON.parse(JSON.stringify(closed(schema)).replace(/"#\/components\//g, '"openapi#/components/')) as Schema;
      validate = ajv.compile(rewritten);
      compiled.set(key, validate);
    }
    return validate(body)
      ? []
      : (validate.errors ?? []).map((error) => `${key}: ${error.instancePath} ${error.message} ${JSON.stringify(error.params)}`);
  };
}
