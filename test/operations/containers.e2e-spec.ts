import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../support/built-app';
import { createTestApp, TestApp } from '../support/test-app';

const lint = (cwd: string) =>
  spawnSync('npm', ['run', '--silent', 'lint:containers'], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });

describe('the container stack, checked without a Docker engine', () => {
  it('passes npm run lint:containers: the Compose schema and dclint rules, and the Dockerfile linter', () => {
    const result = lint(PROJECT_ROOT);
    expect(`${result.stdout}${result.stderr}`).not.toMatch(/error/i);
    expect(result.status).toBe(0);
  });

  it('fails it for a compose file outside the schema, or a broken Dockerfile', () => {
    const directory = mkdtempSync(join(tmpdir(), 'ua-containers-'));
    try {
      for (const file of ['package.json', '.dclintrc', 'Dockerfile']) copyFileSync(join(PROJECT_ROOT, file), join(directory, file));
      const compose = readFileSync(join(PROJECT_ROOT, 'docker-compose.yml'), 'utf8');
      writeFileSync(join(directory, 'docker-compose.yml'), compose.replace('  worker:\n', '  worker:\n    replicas_wanted: 3\n'));
      spawnSync('ln', ['-s', join(PROJECT_ROOT, 'node_modules'), join(directory, 'node_modules')]);
      const badCompose = lint(directory);
      expect(badCompose.status).not.toBe(0);
      expect(badCompose.stdout).toContain('must NOT have additional properties');

      writeFileSync(join(directory, 'docker-compose.yml'), compose);
      writeFileSync(
        join(directory, 'Dockerfile'),
        readFileSync(join(PROJECT_ROOT, 'Dockerfile'), 'utf8').replace('EXPOSE 3000 9464', 'EXPOSE http'),
      );
      const badDockerfile = lint(directory);
      expect(badDockerfile.status).not.toBe(0);
      expect(`${badDockerfile.stdout}${badDockerfile.stderr}`).toContain('Invalid containerPort');
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });

  it('runs programs the build makes: the API, the worker and the migrations from one image', () => {
    const compose = readFileSync(join(PROJECT_ROOT, 'docker-compose.yml'), 'utf8');
    const dockerfile = readFileSync(join(PROJECT_ROOT, 'Dockerfile'), 'utf8');
    const programs = [...`${compose}\n${dockerfile}`.matchAll(/"(dist\/[\w/-]+\.js)"/g)].map((match) => match[1]);
    expect(new Set(programs)).toEqual(new Set(['dist/main.js', 'dist/worker.js', 'dist/database/run-migrations.js']));
    for (const program of programs) expect(existsSync(join(PROJECT_ROOT, program))).toBe(true);
    expect(dockerfile.match(/^FROM /gm)?.length).toBeGreaterThanOrEqual(3);
    expect(dockerfile).toMatch(/^USER node$/m);
    for (const service of ['app', 'worker', 'postgres', 'redis', 'mailpit', 'prometheus', 'grafana'])
      expect(compose).toMatch(new RegExp(`^  ${service}:$`, 'm'));
    // Prometheus scrapes with the token the app is given.
    const stackToken = /METRICS_TOKEN: \$\{METRICS_TOKEN:-([^}]+)\}/.exec(compose)?.[1];
    expect(readFileSync(join(PROJECT_ROOT, 'deploy/prometheus/metrics-token'), 'utf8').trim()).toBe(stackToken);
  });
});

describe('the Grafana dashboard', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await createTestApp();
  });
  afterAll(() => testApp.close());

  it('graphs only metrics the app exposes, and every ua_ metric has a panel', async () => {
    const dashboard = JSON.parse(readFileSync(join(PROJECT_ROOT, 'deploy/grafana/dashboards/urgent-action.json'), 'utf8'));
    const expressions: string[] = dashboard.panels.flatMap((panel: { targets?: Array<{ expr: string }> }) =>
      (panel.targets ?? []).map((target) => target.expr),
    );
    const used = new Set(expressions.flatMap((expression) => expression.match(/\b(?:ua|http|process|nodejs)_\w+/g) ?? []));
    // Families as the exposition declares them ("# TYPE name kind"), so a histogram not yet observed counts too.
    const text = await (await fetch(`${testApp.baseUrl}/metrics`)).text();
    const families = new Map([...text.matchAll(/^# TYPE (\S+) (\w+)$/gm)].map((match) => [match[1], match[2]]));
    const familyOf = (name: string) => (families.has(name) ? name : name.replace(/_(bucket|sum|count)$/, ''));
    expect([...used].filter((name) => !families.has(familyOf(name)))).toEqual([]);
    const graphed = new Set([...used].map(familyOf));
    expect([...families.keys()].filter((name) => name.startsWith('ua_') && !graphed.has(name))).toEqual([]);
    expect(dashboard.uid).toBe('urgent-action');
  });
});
