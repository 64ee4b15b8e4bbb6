/**
 * The checker in a Web Worker, for texts too large to check on every
 * keystroke without freezing the editor (see ./scheduler.ts). It answers each
 * request with the result of the same `check` the main thread runs.
 */
import {check} from '../../../checker';
import type {CheckRequest, CheckResponse} from './messages';

self.addEventListener('message', (event: MessageEvent<CheckRequest>) => {
  const {id, text, options} = event.data;
  const response: CheckResponse = {id, result: check(text, options)};
  self.postMessage(response);
});
