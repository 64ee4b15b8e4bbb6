import {defineConfig, devices} from '@playwright/test';
import {
  CHROMIUM_ARGS,
  chromiumExecutablePath,
} from './tests/e2e/helpers/chromium';

const port = Number(process.env.E2E_PORT ?? 4173);
// Another build folder (`docusaurus build --out-dir`) lets two runs share a checkout.
const buildDir = process.env.E2E_BUILD_DIR ?? 'build';

export default defineConfig({
  testDir: './tests/e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: 2,
  // Waits, not limits: on a busy two-core machine Monaco can take longer than
  // Playwright's 5 s default to load, and a slow load is not a failure.
  timeout: 60_000,
  expect: {timeout: 15_000},
  reporter: process.env.CI ? 'list' : [['list'], ['html', {open: 'never'}]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath: chromiumExecutablePath,
          args: CHROMIUM_ARGS,
        },
      },
    },
  ],
  // Serves the production build, which `npm test` makes first.
  webServer: {
    command: `npx docusaurus serve --dir ${buildDir} --port ${port} --host 127.0.0.1 --no-open`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
  },
});
