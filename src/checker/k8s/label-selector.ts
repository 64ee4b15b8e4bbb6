import type {MessageData} from '../rule';
import type {FieldPath} from '../yaml/locate';
import {isLabelValue, isQualifiedName} from './names';
import {asArray, asLabels, isRecord} from './objects';

// What ValidateLabelSelector (k8s.io/apimachinery/pkg/apis/meta/v1/validation)
// rejects in a LabelSelector, strictly (AllowInvalidLabelValueInSelector is
// false when an object is created). The same conditions make
// metav1.LabelSelectorAsSelector fail, after which a StatefulSet's template
// labels are not compared at all.

export const SELECTOR_OPERATORS = ['In', 'NotIn', 'Exists', 'DoesNotExist'] as const;

/** One thing wrong with a selector; `messageId` names a label-selector-invalid message. */
export interface SelectorProblem {
  path: FieldPath;
  messageId:
    | 'operator'
    | 'operatorCase'
    | 'valuesRequired'
    | 'valuesForbidden'
    | 'keyMissing'
    | 'keyInvalid'
    | 'valueInvalid';
  data: MessageData;
  /** For `operatorCase`: the operator as Kubernetes spells it. */
  canonical?: string;
}

/** Every problem of the LabelSelector at `path` (a Service's map selector is not one). */
export function selectorProblems(selector: unknown, path: FieldPath): SelectorProblem[] {
  if (!isRecord(selector)) return [];
  const problems: SelectorProblem[] = [];

  const matchLabels = isRecord(selector.matchLabels) ? selector.matchLabels : {};
  for (const [key, value] of Object.entries(matchLabels)) {
    const at: FieldPath = [...path, 'matchLabels', key];
    if (!isQualifiedName(key)) problems.push({path: at, messageId: 'keyInvalid', data: {key}});
    if (typeof value === 'string' && !isLabelValue(value)) {
      problems.push({path: at, messageId: 'valueInvalid', data: {key, value}});
    }
  }

  asArray(selector.matchExpressions).forEach((expression, index) => {
    if (isRecord(expression)) {
      problems.push(...expressionProblems(expression, [...path, 'matchExpressions', index]));
    }
  });
  return problems;
}

function expressionProblems(
  expression: Record<string, unknown>,
  path: FieldPath,
): SelectorProblem[] {
  const problems: SelectorProblem[] = [];
  const {key, operator} = expression;
  const label = typeof key === 'string' ? key : '';
  const values = asArray(expression.values);

  const valuesPath: FieldPath = [...path, 'values'];
  if (operator === 'In' || operator === 'NotIn') {
    if (values.length === 0) {
      const data = {key: label, operator};
      problems.push({path: valuesPath, messageId: 'valuesRequired', data});
    }
  } else if (operator === 'Exists' || operator === 'DoesNotExist') {
    if (values.length > 0) {
      const data = {key: label, operator};
      problems.push({path: valuesPath, messageId: 'valuesForbidden', data});
    }
  } else if (typeof operator === 'string' || operator === undefined || operator === null) {
    const text = typeof operator === 'string' ? operator : '';
    const canonical = SELECTOR_OPERATORS.find((op) => op.toLowerCase() === text.toLowerCase());
    problems.push({
      path: [...path, 'operator'],
      messageId: canonical ? 'operatorCase' : 'operator',
      data: canonical ? {operator: text, canonical} : {operator: text},
      canonical,
    });
  }

  if (typeof key === 'string' || key === undefined || key === null) {
    if (label === '') {
      problems.push({path: [...path, 'key'], messageId: 'keyMissing', data: {}});
    } else if (!isQualifiedName(label)) {
      problems.push({path: [...path, 'key'], messageId: 'keyInvalid', data: {key: label}});
    }
  }
  values.forEach((value, index) => {
    if (typeof value === 'string' && !isLabelValue(value)) {
      const data = {key: label, value};
      problems.push({path: [...valuesPath, index], messageId: 'valueInvalid', data});
    }
  });
  return problems;
}

/** A selector in kubectl's `-l` syntax: `app=web, tier in (db), !canary`. */
export function describeSelector(selector: unknown): string {
  if (!isRecord(selector)) return '';
  const parts = Object.entries(asLabels(selector.matchLabels)).map(
    ([key, value]) => `${key}=${value}`,
  );
  for (const expression of asArray(selector.matchExpressions)) {
    if (!isRecord(expression)) continue;
    parts.push(describeExpression(expression));
  }
  return parts.join(', ');
}

export function describeExpression(expression: Record<string, unknown>): string {
  const key = String(expression.key ?? '');
  const values = asArray(expression.values).map(String).join(', ');
  switch (expression.operator) {
    case 'In':
      return `${key} in (${values})`;
    case 'NotIn':
      return `${key} notin (${values})`;
    case 'Exists':
      return key;
    case 'DoesNotExist':
      return `!${key}`;
    default:
      return `${key} ${String(expression.operator)} (${values})`;
  }
}

/** Labels as `app=web, tier=db`. */
export function describeLabels(labels: Record<string, string>): string {
  return Object.entries(labels)
    .map(([key, value]) => `${key}=${value}`)
    .join(', ');
}
