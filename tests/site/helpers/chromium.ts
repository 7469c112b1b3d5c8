import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium (CI installs it with apt; see .ci/run). */
export const CHROMIUM = '/usr/bin/chromium';

/** Headless, quiet and sandbox-free (CI runs as root in a container). */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

/** Start the Chromium the browser tests share. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}
