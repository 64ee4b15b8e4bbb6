/** Chromium for the benchmark, launched as the end-to-end tests launch it. */
import {chromium, type Browser} from '@playwright/test';
import {
  CHROMIUM_ARGS,
  chromiumExecutablePath,
} from '../../tests/e2e/helpers/chromium';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumExecutablePath,
    args: CHROMIUM_ARGS,
  });
}
