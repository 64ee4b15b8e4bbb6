import type {CheckOptions, CheckResult} from './types';

// Placeholder until the rule engine lands (#2): finds nothing.
export function check(_text: string, _options: CheckOptions = {}): CheckResult {
  return {diagnostics: [], objects: []};
}
