#!/usr/bin/env node
/**
 * Prints the nginx line that deploy/nginx.conf includes for its
 * Content-Security-Policy: the sha256 of every distinct inline <script> in a
 * static build, as CSP source expressions.
 *
 *   node scripts/csp-script-hashes.mjs build > statefulset-lab-csp.conf
 *
 * Docusaurus inlines a colour-mode script in every page and a wrong-baseUrl
 * banner script in each locale's landing page; their text holds the base URL
 * and a storage key derived from it, so the hashes belong to one build.
 * Plain Node (no dependencies), so a container's build stage can run it.
 */
import {createHash} from 'node:crypto';
import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';

const INLINE_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
// Data blocks (JSON-LD) are not run, so CSP does not apply to them.
const DATA_BLOCK = /\btype=["']?application\/(ld\+)?json/i;

function* htmlFiles(dir) {
  for (const entry of readdirSync(dir, {withFileTypes: true})) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(path);
    else if (entry.name.endsWith('.html')) yield path;
  }
}

const buildDir = process.argv[2];
if (!buildDir) {
  console.error('usage: csp-script-hashes.mjs <build directory>');
  process.exit(2);
}

const hashes = new Set();
for (const file of htmlFiles(buildDir)) {
  for (const [, attributes, body] of readFileSync(file, 'utf8').matchAll(
    INLINE_SCRIPT,
  )) {
    if (/\bsrc=/i.test(attributes) || DATA_BLOCK.test(attributes)) continue;
    const digest = createHash('sha256').update(body, 'utf8').digest('base64');
    hashes.add(`'sha256-${digest}'`);
  }
}

const sources = [...hashes].sort().join(' ');
console.log(
  `# Written by scripts/csp-script-hashes.mjs from ${buildDir}.\n` +
    `set $statefulset_lab_script_hashes "${sources}";`,
);
