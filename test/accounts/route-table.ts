import type { INestApplication } from '@nestjs/common';
import { ModulesContainer } from '@nestjs/core';
import { ACCESS_RULE, type AccessRule } from '../../src/accounts/access.decorators';

export interface ControllerRoute {
  method: string;
  /** As Express serves it, e.g. /api/actions/:id. */
  path: string;
  controller: string;
  handler: string;
  rule: AccessRule | undefined;
}

export interface RouteTable {
  routes: ControllerRoute[];
  /** Express routes that no Nest controller method explains: they would bypass the access guard. */
  unexplained: string[];
  /** Routers and apps mounted as middleware (by name): the guard does not see them, so each needs a gate of its own. */
  mounts: string[];
}

// RequestMethod from @nestjs/common, by value.
const METHOD_NAMES = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'ALL', 'OPTIONS', 'HEAD', 'SEARCH'];
/** Served by Swagger, not by a controller; they document the API and hold no data. */
const DOCUMENTATION = /^\/api\/docs(-json|-yaml)?(\/|$)/;

const joinPath = (...parts: string[]) =>
  `/${parts
    .flatMap((part) => part.split('/'))
    .filter(Boolean)
    .join('/')}`;

interface DeclaredRoute extends Omit<ControllerRoute, 'path'> {
  subpath: string;
}

function declaredRoutes(app: INestApplication): DeclaredRoute[] {
  const declared: DeclaredRoute[] = [];
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as (new (...args: never[]) => unknown) | null;
      if (!controller) continue;
      const controllerPaths = [Reflect.getMetadata('path', controller) ?? ''].flat() as string[];
      for (const handler of Object.getOwnPropertyNames(controller.prototype)) {
        const fn = controller.prototype[handler];
        if (handler === 'constructor' || typeof fn !== 'function') continue;
        const methodPaths = Reflect.getMetadata('path', fn);
        if (methodPaths === undefined) continue;
        const method = METHOD_NAMES[Reflect.getMetadata('method', fn) as number];
        const rule = (Reflect.getMetadata(ACCESS_RULE, fn) ?? Reflect.getMetadata(ACCESS_RULE, controller)) as AccessRule | undefined;
        for (const controllerPath of controllerPaths) {
          for (const methodPath of [methodPaths].flat() as string[]) {
            declared.push({ method, subpath: joinPath(controllerPath, methodPath), controller: controller.name, handler, rule });
          }
        }
      }
    }
  }
  return declared;
}

// Express's all() (a controller's @All, or Nest binding MiddlewareConsumer middleware) registers every method.
const MIDDLEWARE_BINDING_METHODS = 30;

function expressRoutes(app: INestApplication): { routes: Array<{ method: string; path: string }>; mounts: string[] } {
  const stack = (app.getHttpAdapter().getInstance() as { router: { stack: any[] } }).router.stack;
  const routes: Array<{ method: string; path: string }> = [];
  const mounts: string[] = [];
  for (const layer of stack) {
    if (layer.route) {
      const methods = Object.keys(layer.route.methods);
      if (methods.length >= MIDDLEWARE_BINDING_METHODS) routes.push({ method: 'ALL', path: layer.route.path });
      else for (const method of methods) routes.push({ method: method.toUpperCase(), path: layer.route.path });
    } else if (layer.handle?.stack || layer.handle?.router || layer.handle?._router) {
      mounts.push(layer.name);
    }
  }
  return { routes, mounts };
}

/** Every route the running app serves, matched to the controller method (and access rule) behind it. */
export function routeTable(app: INestApplication): RouteTable {
  const declared = declaredRoutes(app);
  const served = expressRoutes(app);
  const routes: ControllerRoute[] = [];
  const unexplained: string[] = [];
  const seen = new Set<string>();
  for (const { method, path: servedPath } of served.routes) {
    // Express's non-strict routing serves /my/ as /my. Nest binds middleware (the request logger) of the paths outside
    // the prefix per route, at both forms: a layer at a path and method already listed is that middleware.
    const path = servedPath.length > 1 ? servedPath.replace(/\/$/, '') : servedPath;
    if (seen.has(`${method} ${path}`)) continue;
    seen.add(`${method} ${path}`);
    const candidates = declared.filter(
      (route) => route.method === method && (path === route.subpath || path === joinPath('api', route.subpath)),
    );
    // The prefixed form is the API; the bare form exists only for controllers excluded from the prefix (pages).
    const match = candidates.find((route) => joinPath('api', route.subpath) === path) ?? candidates[0];
    if (match) routes.push({ method, path, controller: match.controller, handler: match.handler, rule: match.rule });
    // An all-methods binding no @All explains is middleware, which passes requests on to the routes listed here.
    else if (!DOCUMENTATION.test(path) && method !== 'ALL') unexplained.push(`${method} ${path}`);
  }
  return { routes, unexplained, mounts: served.mounts };
}

export function describeRule(rule: AccessRule | undefined): string {
  if (!rule) return 'NO RULE';
  if (rule.kind === 'staff') return rule.roles.length ? `staff: ${rule.roles.join(', ')} (admin always)` : 'staff: admin, editor';
  if (rule.kind === 'section') return `section :${rule.sectionParam}: admin, editor, its coordinator`;
  return rule.kind;
}
