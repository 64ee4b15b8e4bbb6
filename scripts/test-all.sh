#!/usr/bin/env bash
# Every test of the project, as the README's one test command runs it:
# unit and conformance tests, then the production build, then the browser tests.
set -euo pipefail
cd "$(dirname "$0")/.."

# The corpus lives outside the repository (see README); CI passes ../shared/corpus.
export STS_CORPUS="${STS_CORPUS:-$(cd .. && pwd)/shared/corpus}"

# Playwright's own Chromium where Debian's is missing and the network allows it.
if [ ! -x /usr/bin/chromium ]; then
  npx playwright install chromium || echo "No Chromium: install Debian's chromium or allow Playwright's download."
fi

npx tsc
npx vitest run
npm run build
npx playwright test
