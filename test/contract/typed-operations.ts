import type { OpenAPIObject, OperationObject, ResponseObject } from '@nestjs/swagger';
import { operationsOf } from '../../src/platform/openapi/openapi-document';

export interface OperationEntry {
  method: string;
  path: string;
  operation: OperationObject;
}

export const operationsIn = (document: OpenAPIObject): OperationEntry[] =>
  Object.entries(document.paths).flatMap(([path, item]) => operationsOf(item).map(([method, operation]) => ({ method, path, operation })));

export const nameOf = ({ method, path }: Pick<OperationEntry, 'method' | 'path'>) => `${method.toUpperCase()} ${path}`;

/** A 2xx answer with a schema for each of its media types, or 204 (no body). */
export function hasTypedSuccess(operation: OperationObject): boolean {
  const successes = Object.entries(operation.responses).filter(([status]) => /^2\d\d$/.test(status));
  return (
    successes.length > 0 &&
    successes.every(([status, response]) => {
      if (status === '204') return true;
      const content = (response as ResponseObject).content ?? {};
      return Object.keys(content).length > 0 && Object.values(content).every((media) => media.schema !== undefined);
    })
  );
}

export const declaresSecurity = (operation: OperationObject) => Array.isArray(operation.security);
