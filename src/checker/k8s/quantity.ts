// resource.Quantity as k8s.io/apimachinery/pkg/api/resource/quantity.go
// reads it: a signed decimal number, then at most one suffix (binary `Ki`…
// `Ei`, decimal `n`…`E`, or an exponent `e3`). A quantity also decodes from a
// JSON (or YAML) number.
// https://kubernetes.io/docs/reference/kubernetes-api/common-definitions/quantity/

const QUANTITY = /^([+-]?)(\d+(?:\.\d*)?|\.\d+)(Ki|Mi|Gi|Ti|Pi|Ei|[numkMGTPE]|[eE][+-]?\d+)?$/;

const SUFFIX_FACTORS: Record<string, number> = {
  Ki: 2 ** 10,
  Mi: 2 ** 20,
  Gi: 2 ** 30,
  Ti: 2 ** 40,
  Pi: 2 ** 50,
  Ei: 2 ** 60,
  n: 1e-9,
  u: 1e-6,
  m: 1e-3,
  k: 1e3,
  M: 1e6,
  G: 1e9,
  T: 1e12,
  P: 1e15,
  E: 1e18,
};

/**
 * The value of a quantity as a number (close enough to compare with zero), or
 * undefined when Kubernetes would not decode it; that case is the
 * quantity-format rule's to report.
 */
export function quantityValue(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const match = QUANTITY.exec(value);
  if (!match) return undefined;
  const [, sign, digits, suffix = ''] = match;
  const factor = /^[eE]/.test(suffix)
    ? 10 ** Number(suffix.slice(1))
    : (SUFFIX_FACTORS[suffix] ?? 1);
  const magnitude = Number(digits) * factor;
  return sign === '-' ? -magnitude : magnitude;
}
