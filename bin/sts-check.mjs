#!/usr/bin/env node
// Runs the checker's TypeScript directly (through tsx), so the command works
// right after `npm ci` with no build step.
import {tsImport} from 'tsx/esm/api';

const {main} = await tsImport('../src/cli/sts-check.ts', import.meta.url);
process.exitCode = await main(process.argv.slice(2));
