import { Browser, chromium } from 'playwright-core';
import { chromiumPath } from './chromium';

/** Debian's Chromium (or CHROMIUM_PATH), headless; global setup made sure it is there. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}
