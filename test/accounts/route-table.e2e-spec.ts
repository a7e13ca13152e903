import { Controller, Get } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AccessRule } from '../../src/accounts/access.decorators';
import { QUEUE_BOARD_PATH } from '../../src/notifications/board/queue-board';
import { Section } from '../../src/sections/section.entity';
import { Test } from '@nestjs/testing';
import { AuthService } from '../../src/accounts/auth.service';
import { AppModule } from '../../src/app.module';
import { configureHttpApp } from '../../src/http-app';
import type { UserAccount } from '../../src/accounts/user-account.entity';
import { signedInUser, supporterClient } from '../support/auth';
import { httpClient, type HttpAnswer } from '../support/http';
import { createTestApp, TestApp } from '../support/test-app';
import { describeRule, routeTable, type ControllerRoute } from './route-table';

type Caller = 'anonymous' | 'supporter' | 'coordinator' | 'other coordinator' | 'editor' | 'admin';
const CALLERS: Caller[] = ['anonymous', 'supporter', 'coordinator', 'other coordinator', 'editor', 'admin'];
const SOME_ID = '00000000-0000-4000-8000-0000000000ab';

/** What the guard must answer: pass, or refuse with 401 (sign in) or 403. */
function expected(rule: AccessRule, caller: Caller): 'pass' | 401 | 403 {
  if (rule.kind === 'public') return 'pass';
  if (caller === 'anonymous') return 401;
  if (rule.kind === 'signed-in') return 'pass';
  if (rule.kind === 'supporter') return caller === 'supporter' ? 'pass' : 403;
  if (caller === 'admin') return 'pass';
  if (rule.kind === 'staff') return caller === 'editor' && (rule.roles.length === 0 || rule.roles.includes('editor')) ? 'pass' : 403;
  return caller === 'editor' || caller === 'coordinator' ? 'pass' : 403;
}

/** The guard's refusals carry `rule`; a handler's own 401 or 403 (a bad link, a field a coordinator may not change) does not. */
const refusedByGuard = (answer: HttpAnswer) => (answer.status === 401 || answer.status === 403) && typeof answer.body?.rule === 'string';

describe('the route table: every route, for every kind of caller', () => {
  let testApp: TestApp;
  let sectionId: string;
  let otherSectionId: string;

  beforeAll(async () => {
    testApp = await createTestApp({ environment: { SENSITIVE_RATE_LIMIT_PER_MINUTE: '100000' } });
    const sections = testApp.get(DataSource).getRepository(Section);
    const section = (code: string) =>
      sections.save({ code, country: 'GB', name: `Section ${code}`, timeZone: 'Europe/London', contactEmail: `${code}@example.org` });
    sectionId = (await section('RA')).id;
    otherSectionId = (await section('RB')).id;
  });
  afterAll(() => testApp.close());

  // A fresh token (and supporter) for every request, so routes such as sign-out or erasure cannot spoil the next probe.
  const users = new Map<Caller, UserAccount>();
  async function clientFor(caller: Caller) {
    if (caller === 'anonymous') return httpClient(testApp.baseUrl);
    if (caller === 'supporter') return (await supporterClient(testApp)).http;
    if (!users.has(caller)) {
      const role = caller === 'admin' || caller === 'editor' ? caller : 'coordinator';
      users.set(
        caller,
        (
          await signedInUser(
            testApp,
            role,
            caller === 'coordinator' ? sectionId : caller === 'other coordinator' ? otherSectionId : undefined,
          )
        ).user,
      );
    }
    const { token } = await testApp.get(AuthService).issueApiToken(users.get(caller) as UserAccount, 'probe');
    return httpClient(testApp.baseUrl, { authorization: `Bearer ${token}` });
  }

  function concretePath(route: ControllerRoute): string {
    const sectionParam = route.rule?.kind === 'section' ? route.rule.sectionParam : null;
    return route.path
      .replace(/\{\*(\w+)\}|\*(\w+)/g, 'probe')
      .replace(/:(\w+)/g, (_, name: string) => (name === sectionParam ? sectionId : SOME_ID));
  }

  it('knows every route the app serves, and each has an access rule', () => {
    const table = routeTable(testApp.app);
    expect(table.routes.length).toBeGreaterThan(20);
    expect(table.unexplained).toEqual([]);
    expect(
      table.routes.filter((route) => !route.rule).map((route) => `${route.method} ${route.path} (${route.controller}.${route.handler})`),
    ).toEqual([]);
    const listing = table.routes.map((route) => `${route.method.padEnd(6)} ${route.path.padEnd(52)} ${describeRule(route.rule)}`);
    process.stdout.write(`Route table (${listing.length} routes):\n${listing.join('\n')}\n`);
  });

  it('gates what is mounted outside Nest (Bull Board) for admins only', async () => {
    const mounts = routeTable(testApp.app).mounts;
    const gated: Record<string, 'pass' | 401 | 403> = {};
    for (const caller of CALLERS) {
      const answer = await (await clientFor(caller)).get(`${QUEUE_BOARD_PATH}/api/queues`);
      gated[caller] = refusedByGuard(answer) ? (answer.status as 401 | 403) : 'pass';
    }
    expect(gated).toEqual({ anonymous: 401, supporter: 403, coordinator: 403, 'other coordinator': 403, editor: 403, admin: 'pass' });
    // Swagger UI's app and Bull Board's router; a new mount must be gated and listed here.
    expect(mounts.length).toBeLessThanOrEqual(2);
  });

  it('lets each caller through exactly where the rule says, and refuses everywhere else', async () => {
    const mismatches: string[] = [];
    for (const route of routeTable(testApp.app).routes) {
      if (!route.rule) continue;
      const path = concretePath(route);
      for (const caller of CALLERS) {
        const http = await clientFor(caller);
        const method = route.method === 'ALL' ? 'get' : (route.method.toLowerCase() as 'get' | 'post' | 'patch' | 'put' | 'delete');
        const answer = method === 'get' || method === 'delete' ? await http[method](path) : await http[method](path, {});
        const want =
          caller === 'other coordinator' && route.rule.kind === 'section'
            ? 403
            : expected(route.rule, caller === 'other coordinator' ? 'coordinator' : caller);
        const got = refusedByGuard(answer) ? answer.status : 'pass';
        if (got !== want) mismatches.push(`${route.method} ${route.path} as ${caller}: expected ${want}, got ${got} (${answer.status})`);
      }
    }
    expect(mismatches).toEqual([]);
  }, 300_000);
});

@Controller('forgotten')
class ForgottenController {
  @Get()
  secrets() {
    return { leaked: true };
  }
}

describe('a route someone forgot to annotate', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await createTestApp();
  });
  afterAll(() => testApp.close());

  it('is listed by the route table without a rule, and closed by the guard', async () => {
    const module = await Test.createTestingModule({
      imports: [AppModule.forRoot({ url: testApp.database.url, poolSize: 2, runMigrations: false }, testApp.config)],
      controllers: [ForgottenController],
    }).compile();
    const app = configureHttpApp(module.createNestApplication({ logger: false }));
    await app.listen(0, '127.0.0.1');
    try {
      const unruled = routeTable(app)
        .routes.filter((route) => !route.rule)
        .map((route) => `${route.method} ${route.path}`);
      expect(unruled).toEqual(['GET /api/forgotten']);
      const admin = await signedInUser(testApp, 'admin');
      const answer = await httpClient((await app.getUrl()).replace('[::1]', '127.0.0.1'), { authorization: `Bearer ${admin.token}` }).get(
        '/api/forgotten',
      );
      expect(answer.status).toBe(403);
      expect(answer.body).toMatchObject({ rule: 'none' });
    } finally {
      await app.close();
    }
  });
});
