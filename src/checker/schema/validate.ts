import type {ManifestObject} from '../types';
import type {FieldPath} from '../yaml/locate';
import {quantityValue} from '../k8s/quantity';
import {fieldsOf, parseType, rootModel, type ScalarType, type TypeRef} from './index';

/**
 * What decoding an object into its Go type finds wrong: fields the type does
 * not have (kubectl's strict field validation), values of the wrong JSON type,
 * and quantities that do not parse. Computed once per object and shared by
 * schema-unknown-field, schema-type, quantity-format and the metadata rules.
 */
export interface SchemaReport {
  /** The object's root model, or undefined when the kind is not built in. */
  model?: string;
  unknownFields: UnknownField[];
  wrongTypes: WrongType[];
  badQuantities: Array<{path: FieldPath; value: string}>;
  /** Where an ObjectMeta sits: the object's own and embedded templates'. */
  metadataPaths: FieldPath[];
}

export interface UnknownField {
  path: FieldPath;
  /** The model that lacks the field, e.g. `V1PodSpec`. */
  model: string;
  /** Every field the model has, to suggest from. */
  known: ReadonlyArray<string>;
  /** Enclosing models and their paths, innermost first, to find misplaced fields. */
  ancestors: ReadonlyArray<{model: string; path: FieldPath}>;
}

export interface WrongType {
  path: FieldPath;
  expected: ExpectedType;
  value: unknown;
  /** Why the value does not fit where it has the right JSON type. */
  problem?: 'fraction' | 'range' | 'base64';
}

export type ExpectedType = Exclude<ScalarType, 'any' | 'Time'> | 'list' | 'map' | 'object';

const INT32 = 2 ** 31;
// TODO(#2): int64 limits are checked on JavaScript numbers, so values within
// about 1e3 of ±2^63 are not told apart; kubectl reads them exactly.
const INT64 = 2 ** 63;

const REPORTS = new WeakMap<object, SchemaReport>();

/** The schema findings for one object, computed on first use. */
export function schemaReport(object: ManifestObject): SchemaReport {
  let report = REPORTS.get(object.value);
  if (!report) {
    report = validateObject(object);
    REPORTS.set(object.value, report);
  }
  return report;
}

function validateObject(object: ManifestObject): SchemaReport {
  const model = rootModel(object.apiVersion, object.kind);
  const report: SchemaReport = {
    model,
    unknownFields: [],
    wrongTypes: [],
    badQuantities: [],
    metadataPaths: [],
  };
  // TODO(#2): objects of removed versions (apps/v1beta1) are not walked; the
  // fields of their replacement version could be checked instead.
  if (model) new Walker(report).model(object.value, model);
  else if (object.value.metadata !== undefined) report.metadataPaths.push(['metadata']);
  return report;
}

/** One depth-first pass; `path` is a shared stack, copied only for findings. */
class Walker {
  private readonly path: Array<string | number> = [];
  private readonly ancestors: Array<{model: string; depth: number}> = [];

  constructor(private readonly report: SchemaReport) {}

  private here(): FieldPath {
    return [...this.path];
  }

  value(value: unknown, type: TypeRef): void {
    if (value === null || value === undefined) return; // null means "unset"
    switch (type.is) {
      case 'scalar':
        return this.scalar(value, type.name);
      case 'model':
        return this.model(value, type.name);
      case 'list':
        if (!Array.isArray(value)) return this.wrong('list', value);
        for (let i = 0; i < value.length; i++) this.child(i, value[i], type.of);
        return;
      case 'map':
        if (!isPlainMap(value)) return this.wrong('map', value);
        for (const key of Object.keys(value)) this.child(key, value[key], type.of);
        return;
    }
  }

  model(value: unknown, name: string): void {
    const fields = fieldsOf(name);
    if (!fields) return;
    if (!isPlainMap(value)) return this.wrong('object', value);
    if (name === 'V1ObjectMeta') this.report.metadataPaths.push(this.here());

    this.ancestors.push({model: name, depth: this.path.length});
    for (const key of Object.keys(value)) {
      if (Object.hasOwn(fields, key)) {
        this.child(key, value[key], parseType(fields[key]));
      } else {
        this.path.push(key);
        this.report.unknownFields.push({
          path: this.here(),
          model: name,
          known: Object.keys(fields),
          ancestors: this.ancestors
            .slice(0, -1)
            .reverse()
            .map((a) => ({model: a.model, path: this.path.slice(0, a.depth)})),
        });
        this.path.pop();
      }
    }
    this.ancestors.pop();
  }

  private child(key: string | number, value: unknown, type: TypeRef): void {
    this.path.push(key);
    this.value(value, type);
    this.path.pop();
  }

  private scalar(value: unknown, type: ScalarType): void {
    // go-yaml v2 hands timestamps such as 2024-01-01 on as strings.
    const isString = typeof value === 'string' || value instanceof Date;
    switch (type) {
      case 'any':
        return;
      case 'string':
      case 'Time':
        if (!isString) this.wrong('string', value);
        return;
      case 'bytes':
        if (!isString) this.wrong('bytes', value);
        else if (typeof value === 'string' && !isBase64(value)) {
          this.wrong('bytes', value, 'base64');
        }
        return;
      case 'boolean':
        if (typeof value !== 'boolean') this.wrong('boolean', value);
        return;
      case 'number':
        if (typeof value !== 'number') this.wrong('number', value);
        else if (!Number.isFinite(value)) this.wrong('number', value, 'range');
        return;
      case 'int32':
      case 'int64':
        return this.integer(value, type, type === 'int32' ? INT32 : INT64);
      case 'IntOrString':
        if (!isString) this.integer(value, 'IntOrString', INT32);
        return;
      case 'Quantity':
        if (typeof value === 'string') {
          if (quantityValue(value.trim()) === undefined) {
            this.report.badQuantities.push({path: this.here(), value});
          }
        } else if (typeof value !== 'number') {
          this.wrong('Quantity', value);
        } else if (!Number.isFinite(value)) {
          this.wrong('Quantity', value, 'range');
        }
        return;
    }
  }

  private integer(value: unknown, expected: ExpectedType, limit: number): void {
    if (typeof value !== 'number') return this.wrong(expected, value);
    if (!Number.isFinite(value)) return this.wrong(expected, value, 'range');
    if (!Number.isInteger(value)) return this.wrong(expected, value, 'fraction');
    if (value < -limit || value >= limit) this.wrong(expected, value, 'range');
  }

  private wrong(expected: ExpectedType, value: unknown, problem?: WrongType['problem']): void {
    this.report.wrongTypes.push({path: this.here(), expected, value, problem});
  }
}

function isPlainMap(value: unknown): value is Record<string, unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    !(value instanceof Date)
  );
}

// Go's encoding/json reads []byte as standard base64 with padding and skips
// line breaks, so a block scalar of base64 lines is fine.
function isBase64(text: string): boolean {
  const compact = text.replace(/[\r\n]/g, '');
  return compact.length % 4 === 0 && /^[A-Za-z0-9+/]*={0,2}$/.test(compact);
}
