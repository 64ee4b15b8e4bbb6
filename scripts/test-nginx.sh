#!/usr/bin/env bash
# Serves a build under /statefulset-lab/ with Debian's nginx and the shipped
# deploy/nginx.conf, then checks it: pages under the sub-path, the site's own
# 404 pages, the headers, and (tests/e2e/csp.spec.ts) that pages run under the
# Content-Security-Policy with no violation and Monaco's worker starts.
#
#   bash scripts/test-nginx.sh               # build into a temp dir, then test
#   NGINX_TEST_BUILD=/tmp/b bash scripts/test-nginx.sh
#                                            # reuse a BASE_URL=/statefulset-lab/ build
#   NGINX_TEST_E2E=0 bash scripts/test-nginx.sh   # curl checks only
#   bash scripts/test-nginx.sh --grep editor     # arguments go to Playwright
#   NGINX_TEST_SED="s#'unsafe-inline'##" bash scripts/test-nginx.sh
#                     # one more sed edit of the config: what breaks without it
#
# `npm test` runs it last when nginx is installed; the extra build takes one
# to two minutes.
set -euo pipefail
cd "$(dirname "$0")/.."

NGINX="${NGINX:-/usr/sbin/nginx}"
PORT="${NGINX_TEST_PORT:-4199}"
PREFIX=/statefulset-lab/
BASE="http://127.0.0.1:${PORT}${PREFIX}"

work="$(mktemp -d)"
# nginx's workers run as another user when it is started as root.
chmod 755 "$work"
cleanup() {
  if [ -f "$work/nginx.pid" ]; then kill "$(cat "$work/nginx.pid")" || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

# 1. The build, under the sub-path, where the Containerfile puts it.
site="$work/html${PREFIX%/}"
mkdir -p "$work/html"
if [ -n "${NGINX_TEST_BUILD:-}" ]; then
  cp -r "$NGINX_TEST_BUILD" "$site"
else
  npx tsx scripts/generate-rule-pages.ts
  npx tsx scripts/generate-exercise-pages.ts
  # No persistent cache: its key ignores BASE_URL, so a sub-path build would
  # leave sub-path URLs (Monaco's icon font) in the next root build.
  DOCUSAURUS_NO_PERSISTENT_CACHE=1 BASE_URL="$PREFIX" npx docusaurus build --out-dir "$site" >"$work/build.log" 2>&1 ||
    { cat "$work/build.log"; exit 1; }
fi

# 2. The shipped server block, pointed at the temp dir and a loopback port,
# inside a minimal main configuration that writes nothing outside it.
sh deploy/configure-nginx.sh "$PREFIX" "$site" "$work/conf"
sed -e "s#listen 8080;#listen 127.0.0.1:${PORT};#" \
    -e "s#root /usr/share/nginx/html;#root $work/html;#" \
    -e "s#/etc/nginx/snippets/statefulset-lab-csp.conf#$work/conf/statefulset-lab-csp.conf#" \
    -e "${NGINX_TEST_SED:-}" \
    "$work/conf/site.conf" >"$work/site.conf"
mkdir -p "$work/tmp"
cat >"$work/nginx.conf" <<CONF
worker_processes 1;
pid $work/nginx.pid;
error_log $work/error.log;
events {}
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log $work/access.log;
    client_body_temp_path $work/tmp/body;
    proxy_temp_path $work/tmp/proxy;
    fastcgi_temp_path $work/tmp/fastcgi;
    uwsgi_temp_path $work/tmp/uwsgi;
    scgi_temp_path $work/tmp/scgi;
    include $work/site.conf;
}
CONF
"$NGINX" -t -q -p "$work" -c "$work/nginx.conf" -e "$work/error.log"
"$NGINX" -p "$work" -c "$work/nginx.conf" -e "$work/error.log"

# 3. What curl sees.
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

# expect_status <path> <status> [text the body must contain]
expect_status() {
  local body status
  body="$work/body"
  status="$(curl -s -o "$body" -w '%{http_code}' "http://127.0.0.1:${PORT}$1")"
  [ "$status" = "$2" ] || fail "$1: status $status, expected $2"
  if [ -n "${3:-}" ] && ! grep -qF -- "$3" "$body"; then
    fail "$1: body lacks '$3'"
  fi
}

# expect_header <path> <header line, as a grep -E pattern>
expect_header() {
  curl -s -o /dev/null -D - "http://127.0.0.1:${PORT}$1" | tr -d '\r' |
    grep -qiE "^$2" || fail "$1: no header matching '$2'"
}

# The HTML is minified: attribute values lose their quotes.
expect_status "${PREFIX}" 200 'lang=zh-Hant-TW'
expect_status "${PREFIX}docs/scaling" 200 'lang=zh-Hant-TW'
expect_status "${PREFIX}en/" 200 'lang=en'
expect_status "${PREFIX}en/docs/scaling" 200 'lang=en'
expect_status "${PREFIX}search" 200
expect_status "${PREFIX}sitemap.xml" 200
expect_status "${PREFIX}docs/no-such-page" 404 '找不到頁面'
expect_status "${PREFIX}en/docs/no-such-page" 404 'Page Not Found'
expect_status "${PREFIX%/}" 301
expect_status / 302

page="${PREFIX}docs/scaling"
expect_header "$page" "Content-Security-Policy: default-src 'self'; script-src 'self' 'sha256-"
expect_header "$page" "Content-Security-Policy: .*frame-ancestors 'none'"
expect_header "$page" 'X-Content-Type-Options: nosniff'
expect_header "$page" 'Referrer-Policy: no-referrer'
expect_header "$page" 'X-Frame-Options: DENY'
expect_header "$page" 'Cache-Control: no-cache'
expect_header "${PREFIX}docs/no-such-page" "Content-Security-Policy: default-src 'self'"
expect_header "${PREFIX}docs/no-such-page" 'X-Content-Type-Options: nosniff'

asset="$(cd "$site" && ls assets/js/main.*.js | head -n 1)"
expect_header "${PREFIX}${asset}" 'Cache-Control: public, max-age=31536000, immutable'
expect_header "${PREFIX}${asset}" 'Content-Type: application/javascript'
curl -s -o /dev/null -D - -H 'Accept-Encoding: gzip' "http://127.0.0.1:${PORT}${PREFIX}${asset}" |
  tr -d '\r' | grep -qi '^Content-Encoding: gzip' || fail "$asset: not gzipped"

if [ "$failures" -gt 0 ]; then
  echo "$failures nginx check(s) failed; nginx's error log:"
  cat "$work/error.log"
  exit 1
fi
echo "nginx: every curl check passed at $BASE"

# 4. The browser under the CSP. Playwright's webServer finds nginx on the port
# and reuses it (hence no CI=true here).
if [ "${NGINX_TEST_E2E:-1}" != "0" ]; then
  env -u CI E2E_PORT="$PORT" E2E_NGINX_BASE="$PREFIX" \
    npx playwright test tests/e2e/csp.spec.ts --workers=1 \
    --output="$work/results" --reporter=list "$@"
fi
