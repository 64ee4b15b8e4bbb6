/**
 * Where a keystroke's main-thread time goes: a sampling profile of a few
 * edits, with each sample credited to the file whose code ran (a browser
 * built-in such as getClientRects counts for the script that called it).
 * Sampled time is wall time, so a busy machine inflates it; the shares are
 * what to read.
 */
import {readFileSync} from 'node:fs';
import type {CDPSession} from '@playwright/test';
import {ownerOf} from './files';
import {resolveFile} from './server';

/** Who spent the time: a library, our code, or the browser itself. */
export type TimeOwner =
  | 'Monaco'
  | 'checker, yaml, editor UI'
  | 'main.js'
  | 'other site chunks'
  | 'browser'
  | 'GC';

export type TimeSplit = Record<TimeOwner, number>;

interface ProfileNode {
  id: number;
  callFrame: {url: string; functionName: string};
  children?: number[];
}

// The chunk holding `check` (its marker owner) and the one holding `yaml`.
const CHECKER_CONTENT = /"sts-check"|yaml\.document/;
const SAMPLING_INTERVAL_US = 500;

/** Runs `edits` under the profiler; returns ms per edit by owner. */
export async function profileEdits(
  session: CDPSession,
  buildDir: string,
  editCount: number,
  edits: () => Promise<void>,
): Promise<TimeSplit> {
  await session.send('Profiler.enable');
  await session.send('Profiler.setSamplingInterval', {
    interval: SAMPLING_INTERVAL_US,
  });
  await session.send('Profiler.start');
  await edits();
  const {profile} = await session.send('Profiler.stop');
  await session.send('Profiler.disable');

  const nodes = new Map<number, ProfileNode>();
  const parents = new Map<number, number>();
  for (const node of profile.nodes) {
    nodes.set(node.id, node);
    for (const child of node.children ?? []) parents.set(child, node.id);
  }
  const owners = new Map<string, TimeOwner>();
  const ownerOfUrl = (url: string): TimeOwner => {
    let owner = owners.get(url);
    if (!owner) {
      owner = classify(buildDir, url);
      owners.set(url, owner);
    }
    return owner;
  };

  const split: TimeSplit = {
    Monaco: 0,
    'checker, yaml, editor UI': 0,
    'main.js': 0,
    'other site chunks': 0,
    browser: 0,
    GC: 0,
  };
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  samples.forEach((id, index) => {
    // A sample lasts until the next one.
    const us = deltas[index + 1] ?? SAMPLING_INTERVAL_US;
    const owner = ownerOfSample(id, nodes, parents, ownerOfUrl);
    if (owner) split[owner] += us / 1000 / editCount;
  });
  return split;
}

function ownerOfSample(
  id: number,
  nodes: Map<number, ProfileNode>,
  parents: Map<number, number>,
  ownerOfUrl: (url: string) => TimeOwner,
): TimeOwner | undefined {
  const {functionName} = nodes.get(id)!.callFrame;
  if (functionName === '(idle)' || functionName === '(root)') return undefined;
  if (functionName === '(program)') return 'browser';
  if (functionName === '(garbage collector)') return 'GC';
  for (
    let at: number | undefined = id;
    at !== undefined;
    at = parents.get(at)
  ) {
    const {url} = nodes.get(at)!.callFrame;
    if (url) return ownerOfUrl(url);
  }
  return 'browser';
}

function classify(buildDir: string, url: string): TimeOwner {
  const path = new URL(url, 'http://localhost').pathname;
  const file = resolveFile(buildDir, path);
  if (!file) return 'other site chunks';
  const body = readFileSync(file, 'utf8');
  if (ownerOf(path, body) === 'monaco') return 'Monaco';
  if (CHECKER_CONTENT.test(body)) return 'checker, yaml, editor UI';
  if (/\/main\.[0-9a-f]+\.js$/.test(path)) return 'main.js';
  return 'other site chunks';
}
