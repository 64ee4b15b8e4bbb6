#!/usr/bin/env bash
# Every test of the project, as the README's one test command runs it:
# types, unit and conformance tests, the production build, the browser tests,
# then the build under a sub-path behind nginx.
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

# The static build under a sub-path behind deploy/nginx.conf, CSP included.
if [ -x /usr/sbin/nginx ]; then
  bash scripts/test-nginx.sh
else
  echo "Skipping the nginx hosting test: Debian's nginx is not installed (apt-get install nginx)."
fi
