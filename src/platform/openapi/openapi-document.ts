import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, type OpenAPIObject, type OperationObject, SwaggerModule } from '@nestjs/swagger';
import type { AccessRule } from '../../accounts/access.decorators';
import { ACCESS_RULE_EXTENSION, CSRF_SCHEME, SESSION_SCHEME, withSecuritySchemes } from './api-security';

const READS = new Set(['get', 'head', 'options']);

/** The API's OpenAPI document, from the controllers' decorators: answers, refusals and who may call each operation. */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = withSecuritySchemes(
    new DocumentBuilder()
      .setTitle('Urgent Action campaign manager')
      .setDescription('Actions, targets, sections and the appeals written for people at imminent risk.')
      .setVersion('1'),
  ).build();
  return describeSecurity(SwaggerModule.createDocument(app, config));
}

/**
 * Public operations get `security: []`. A session cookie alone is enough to read; a change made through it needs the
 * CSRF header too, as the access guard checks.
 */
function describeSecurity(document: OpenAPIObject): OpenAPIObject {
  for (const pathItem of Object.values(document.paths)) {
    for (const [method, operation] of operationsOf(pathItem)) {
      const rule = (operation as unknown as Record<string, AccessRule | undefined>)[ACCESS_RULE_EXTENSION];
      if (rule?.kind === 'public') operation.security = [];
      else if (!READS.has(method)) {
        operation.security = operation.security?.map((requirement) =>
          SESSION_SCHEME in requirement ? { ...requirement, [CSRF_SCHEME]: [] } : requirement,
        );
      }
    }
  }
  return document;
}

/** The path item's operations by method (its other keys are parameters, servers and the like). */
export function operationsOf(pathItem: object): Array<[string, OperationObject]> {
  return Object.entries(pathItem).filter(
    (entry): entry is [string, OperationObject] => typeof entry[1] === 'object' && entry[1] !== null && 'responses' in entry[1],
  );
}
