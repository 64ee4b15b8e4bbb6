/** The shared StatefulSet checker: the one entry point for editors, CLI and tests. */
export {check} from './check';
export type * from './types';
