#!/bin/sh
# Writes the nginx configuration for one build of the site:
#   <out>/site.conf                   deploy/nginx.conf for this base URL
#   <out>/statefulset-lab-csp.conf    the build's inline-script hashes (CSP)
#
#   sh deploy/configure-nginx.sh <base URL> <build directory> <out directory>
#
# The base URL has a slash at each end; "/" serves the site at the root.
# POSIX sh and sed, so it runs in deploy/Containerfile and in
# scripts/test-nginx.sh alike.
set -eu
base_url="$1"
build_dir="$2"
out="$3"
here="$(dirname "$0")"

case "$base_url" in
  /*/ | /) ;;
  *) echo "base URL must start and end with /: $base_url" >&2; exit 2 ;;
esac

mkdir -p "$out"
node "$here/../scripts/csp-script-hashes.mjs" "$build_dir" \
  >"$out/statefulset-lab-csp.conf"

if [ "$base_url" = / ]; then
  # At the root there is nothing to redirect to.
  sed -e '/# begin: sub-path redirects/,/# end: sub-path redirects/d' \
      -e 's#/statefulset-lab/#/#g' \
      "$here/nginx.conf" >"$out/site.conf"
else
  sed -e "s#/statefulset-lab/#${base_url}#g" \
      -e "s#/statefulset-lab\\([ ;]\\)#${base_url%/}\\1#g" \
      "$here/nginx.conf" >"$out/site.conf"
fi
