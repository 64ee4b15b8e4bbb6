/**
 * The StatefulSet controller simulator: pure TypeScript like the checker, so
 * the page, the tests and anything else share one model of the controller.
 *
 * `readStatefulSet(object)` reads a checker ManifestObject;
 * `createSimulation(spec)` starts one; `applyAction` and `step` move it on,
 * each returning events whose `messageId` `formatMessage` turns into text.
 */
export {
  findStatefulSets,
  readStatefulSet,
  partitionNotes,
  MAX_REPLICAS,
} from './spec';
export {
  createSimulation,
  applyAction,
  step,
  runToEnd,
  type CreateOptions,
} from './simulation';
export {formatMessage, MESSAGES, isMessageId, type MessageId} from './messages';
export type * from './types';
