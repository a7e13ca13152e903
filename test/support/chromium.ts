import { execFileSync } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';
const DEBIAN_PACKAGES = ['chromium', 'fonts-noto-cjk'];
const INSTALL_COMMAND = `apt-get update && apt-get install -y ${DEBIAN_PACKAGES.join(' ')}`;

/** The Chromium the browser tests drive: CHROMIUM_PATH, else Debian's. */
export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH || DEBIAN_CHROMIUM;
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function canInstallWithApt(): boolean {
  return process.getuid?.() === 0 && existsSync('/etc/debian_version') && isExecutable('/usr/bin/apt-get');
}

/**
 * Makes sure a Chromium is there before any browser test runs. On Debian as root it installs Debian's
 * `chromium` (and the CJK fonts the Korean pages need) from the distribution's registry; no tool downloads
 * a browser of its own. Anywhere else it stops with the one command to run.
 */
export function ensureChromium(log: (line: string) => void = (line) => process.stdout.write(`${line}\n`)): string {
  const path = chromiumPath();
  if (isExecutable(path)) return path;
  if (process.env.CHROMIUM_PATH) {
    throw new Error(`CHROMIUM_PATH=${path} is not an executable Chromium; point it at one, or unset it to use ${DEBIAN_CHROMIUM}`);
  }
  if (!canInstallWithApt()) {
    throw new Error(
      `The browser tests need Chromium at ${DEBIAN_CHROMIUM}. Install it with: sudo sh -c '${INSTALL_COMMAND}' (or set CHROMIUM_PATH)`,
    );
  }
  log(`Chromium is not installed: installing Debian's ${DEBIAN_PACKAGES.join(' and ')} with apt-get (once)`);
  const startedAt = Date.now();
  // flock: concurrent test runs on one machine must not run apt-get at the same time.
  const lock = join(tmpdir(), 'ua-chromium-install.lock');
  const script = `[ -x ${DEBIAN_CHROMIUM} ] || { apt-get update -qq && apt-get install -y -qq ${DEBIAN_PACKAGES.join(' ')}; }`;
  execFileSync('flock', [lock, 'sh', '-c', script], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (!isExecutable(DEBIAN_CHROMIUM)) throw new Error(`apt-get finished but ${DEBIAN_CHROMIUM} is still missing`);
  const version = execFileSync(DEBIAN_CHROMIUM, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  log(`Installed ${version} at ${DEBIAN_CHROMIUM} in ${Math.round((Date.now() - startedAt) / 1000)} s`);
  return DEBIAN_CHROMIUM;
}
