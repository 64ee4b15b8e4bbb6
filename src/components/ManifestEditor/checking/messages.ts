import type {CheckOptions, CheckResult} from '../../../checker';

/** The main thread asks the worker to check one text. */
export interface CheckRequest {
  id: number;
  text: string;
  options: CheckOptions;
}

/** The worker's answer, matched to its request by `id`. */
export interface CheckResponse {
  id: number;
  result: CheckResult;
}
