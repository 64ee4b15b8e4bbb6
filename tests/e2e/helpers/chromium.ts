/**
 * Which Chromium the browser tests and the site benchmark launch, and how.
 * Debian's where it exists (Playwright cannot download browsers on this
 * project's machines); Playwright's own everywhere else.
 */
import {existsSync} from 'node:fs';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';

export const chromiumExecutablePath: string | undefined = existsSync(
  DEBIAN_CHROMIUM,
)
  ? DEBIAN_CHROMIUM
  : undefined;

// Without these flags Chromium reaches for Google's services at start-up,
// which a closed network answers with refused connections.
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
