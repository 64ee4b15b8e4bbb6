/** Chromium for the benchmark, launched as the end-to-end tests launch it. */
import {existsSync} from 'node:fs';
import {chromium, type Browser} from '@playwright/test';

// The same browser and flags as playwright.config.ts (duplicated rather than
// imported: that file is a test configuration, not a module of constants).
// Debian's Chromium where it exists, else Playwright's own; the flags keep
// Chromium from calling Google's services, which a closed network refuses.
const DEBIAN_CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: existsSync(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : undefined,
    args: CHROMIUM_ARGS,
  });
}
