import { readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv, type ErrorObject, type SchemaValidateFunction, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { parse } from 'yaml';
import { referencePath } from './reference.js';

/**
 * Test helper: validates payloads against a named component schema of the Okta management OpenAPI
 * spec in the shared reference data (`okta-management-openapi.yaml`). Only call it inside
 * `describeWithReference`, since the spec lives outside the repository.
 *
 * OpenAPI 3.0 is not plain JSON Schema, so the spec is rewritten once before ajv sees it:
 * - `nullable: true` becomes `anyOf: [schema, {type: 'null'}]`;
 * - `readOnly` properties stay allowed but are no longer required when checking a request body
 *   (`direction: 'request'`, the default), and `writeOnly` ones likewise for responses;
 * - `discriminator` with a `mapping` dispatches on the property value to the mapped schema, both
 *   in the `oneOf` style and in the inheritance style (a base schema listing its subtypes, which
 *   `allOf` the base back) — the latter guarded so the base does not dispatch to itself forever.
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type SchemaObject = { [key: string]: Json };

/** Which side of the API the payload is: request bodies may omit `readOnly` fields. */
export type PayloadDirection = 'request' | 'response';

/** One reason the payload does not match the schema. */
export interface OpenApiProblem {
  /** JSON pointer into the payload, e.g. `/settings/oauthClient/grant_types/0`. */
  readonly instancePath: string;
  /** JSON pointer into the (rewritten) schema, for debugging. */
  readonly schemaPath: string;
  /** The JSON-schema keyword that failed (`required`, `enum`, `type`, …). */
  readonly keyword: string;
  /** ajv's message. */
  readonly message: string;
}

/** Outcome of {@link validateAgainst}. */
export interface OpenApiResult {
  readonly valid: boolean;
  readonly problems: readonly OpenApiProblem[];
}

const DOC_ID = 'okta-management';
const SCHEMA_PREFIX = '#/components/schemas/';
const DISPATCH = 'x-integrakit-discriminator';

// ajv-formats is CJS with `exports.default`; under some interop settings the default import is the
// module object itself.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ??
  addFormatsModule) as typeof addFormatsModule;

const validators = new Map<PayloadDirection, Ajv>();
/** The parts of the spec document the helpers read. */
export interface OpenApiDocument {
  components: {
    schemas: Record<string, SchemaObject>;
    examples?: Record<string, { value: unknown }>;
    securitySchemes?: Record<string, unknown>;
  };
}
let doc: OpenApiDocument | undefined;

/**
 * The spec document, parsed once per process. Parsing 90k lines of YAML takes seconds, so the
 * parsed form is cached as JSON in the OS temp dir, keyed by the file's size and mtime.
 */
export function openApiDocument(): OpenApiDocument {
  if (doc === undefined) {
    const file = referencePath('okta-management-openapi.yaml');
    const { size, mtimeMs } = statSync(file);
    const cache = join(tmpdir(), `integrakit-okta-openapi-${size}-${Math.trunc(mtimeMs)}.json`);
    try {
      doc = JSON.parse(readFileSync(cache, 'utf8')) as OpenApiDocument;
    } catch {
      doc = parse(readFileSync(file, 'utf8')) as OpenApiDocument;
      // Write to a unique name, then rename: parallel test workers never see a half-written file.
      const partial = `${cache}.${process.pid}.tmp`;
      writeFileSync(partial, JSON.stringify(doc));
      renameSync(partial, cache);
    }
  }
  return doc;
}

/** The raw component schemas of the spec. */
export function openApiSchemas(): Readonly<Record<string, SchemaObject>> {
  return openApiDocument().components.schemas;
}

/** The `value` of a named example in the spec's `components.examples` (canonical payloads). */
export function openApiExample(name: string): unknown {
  const example = openApiDocument().components.examples?.[name];
  if (example === undefined) throw new Error(`no example named ${name} in the OpenAPI spec`);
  return structuredClone(example.value);
}

/** Validates `payload` against component schema `name`; never throws for a bad payload. */
export function validateAgainst(
  name: string,
  payload: unknown,
  options: { direction?: PayloadDirection } = {},
): OpenApiResult {
  const validate = validatorFor(name, options.direction ?? 'request');
  const valid = validate(payload) === true;
  if (valid) return { valid, problems: [] };
  // A subtype reached through its base's discriminator is checked twice; report each problem once.
  const seen = new Set<string>();
  const problems = (validate.errors ?? []).map(toProblem).filter((problem) => {
    const key = `${problem.instancePath}\u0000${problem.keyword}\u0000${problem.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return { valid, problems };
}

/**
 * Throws (failing the test) with every mismatch listed when `payload` does not validate against
 * component schema `name`, e.g. `expectValidAgainst('OpenIdConnectApplication', body)`.
 */
export function expectValidAgainst(
  name: string,
  payload: unknown,
  options: { direction?: PayloadDirection } = {},
): void {
  const result = validateAgainst(name, payload, options);
  if (result.valid) return;
  const lines = result.problems.map((p) => `  ${p.instancePath || '(root)'}: ${p.message} [${p.keyword}]`);
  throw new Error(`payload does not match OpenAPI schema ${name}:\n${lines.join('\n')}`);
}

function toProblem(error: ErrorObject): OpenApiProblem {
  const extra =
    error.keyword === 'additionalProperties'
      ? ` (${String((error.params as { additionalProperty?: unknown }).additionalProperty)})`
      : error.keyword === 'enum'
        ? ` (${JSON.stringify((error.params as { allowedValues?: unknown }).allowedValues)})`
        : '';
  return {
    instancePath: error.instancePath,
    schemaPath: error.schemaPath,
    keyword: error.keyword,
    message: `${error.message ?? 'invalid'}${extra}`,
  };
}

function validatorFor(name: string, direction: PayloadDirection): ValidateFunction {
  if (!(name in openApiSchemas())) throw new Error(`no component schema named ${name} in the OpenAPI spec`);
  const ajv = ajvFor(direction);
  const validate = ajv.getSchema(`${DOC_ID}${SCHEMA_PREFIX}${name}`);
  if (validate === undefined) throw new Error(`could not compile OpenAPI schema ${name}`);
  return validate;
}

function ajvFor(direction: PayloadDirection): Ajv {
  const existing = validators.get(direction);
  if (existing !== undefined) return existing;
  const ajv = new Ajv({ strict: false, allErrors: true, logger: false, validateSchema: false });
  addFormats(ajv);
  for (const format of ['int32', 'int64', 'float', 'double', 'byte', 'binary', 'password']) {
    ajv.addFormat(format, true);
  }
  const inProgress = new Set<string>();
  const dispatch: SchemaValidateFunction = (schema, data, _parent, cxt) =>
    runDispatch(ajv, inProgress, dispatch, schema, data, cxt);
  ajv.addKeyword({ keyword: DISPATCH, schemaType: 'object', errors: true, validate: dispatch });
  const schemas: Record<string, Json> = {};
  for (const [key, schema] of Object.entries(openApiSchemas())) schemas[key] = rewrite(schema, direction);
  ajv.addSchema({ $id: DOC_ID, components: { schemas } } as SchemaObject, DOC_ID);
  validators.set(direction, ajv);
  return ajv;
}

interface Discriminator {
  propertyName: string;
  mapping: Record<string, string>;
  exclusive: boolean;
}

/** Validates `data` against the schema its discriminator value maps to. */
function runDispatch(
  ajv: Ajv,
  inProgress: Set<string>,
  self: { errors?: Partial<ErrorObject>[] | undefined },
  schema: unknown,
  data: unknown,
  cxt?: { instancePath: string },
): boolean {
  const { propertyName, mapping, exclusive } = schema as Discriminator;
  if (typeof data !== 'object' || data === null) return true;
  const value = (data as Record<string, unknown>)[propertyName];
  const target = typeof value === 'string' ? mapping[value] : undefined;
  const instancePath = cxt?.instancePath ?? '';
  if (target === undefined) {
    if (!exclusive) return true;
    self.errors = [
      {
        keyword: 'discriminator',
        instancePath: `${instancePath}/${propertyName}`,
        schemaPath: `#/${DISPATCH}`,
        params: { allowed: Object.keys(mapping) },
        message: `must be one of ${Object.keys(mapping).join(', ')}`,
      },
    ];
    return false;
  }
  // The mapped subtype `allOf`s its base, whose dispatch would call the subtype again: the key
  // makes the nested call a no-op while the outer one runs (validation is synchronous).
  const key = `${instancePath}\u0000${target}`;
  if (inProgress.has(key)) return true;
  const validate = ajv.getSchema(`${DOC_ID}${target}`);
  if (validate === undefined) throw new Error(`discriminator maps to unknown schema ${target}`);
  inProgress.add(key);
  try {
    if (validate(data) === true) return true;
    self.errors = (validate.errors ?? []).map((error) => ({
      ...error,
      instancePath: `${instancePath}${error.instancePath}`,
    }));
    return false;
  } finally {
    inProgress.delete(key);
  }
}

/** Rewrites one OpenAPI 3.0 schema node (recursively) into plain JSON Schema for ajv. */
function rewrite(node: Json, direction: PayloadDirection): Json {
  if (Array.isArray(node)) return node.map((item) => rewrite(item, direction));
  if (node === null || typeof node !== 'object') return node;
  const out: SchemaObject = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'nullable' || key === 'discriminator' || key === 'example' || key === 'examples') continue;
    // `properties`/`mapping` hold names, not schemas; `enum`/`default` hold data.
    if (key === 'enum' || key === 'default' || key === 'const') out[key] = value;
    else if (key === 'properties' && isObject(value)) {
      out[key] = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, rewrite(v, direction)]));
    } else out[key] = rewrite(value, direction);
  }
  if (Array.isArray(out.required) && isObject(node.properties)) {
    const props = node.properties;
    out.required = out.required.filter((field) => {
      const property = typeof field === 'string' ? props[field] : undefined;
      return property === undefined || !skippedFor(property, direction);
    });
  }
  const discriminator = node.discriminator;
  if (isObject(discriminator) && typeof discriminator.propertyName === 'string') {
    const exclusive = Array.isArray(node.oneOf) || Array.isArray(node.anyOf);
    const mapping = discriminatorMapping(discriminator, node);
    if (Object.keys(mapping).length > 0) {
      if (exclusive) {
        delete out.oneOf;
        delete out.anyOf;
      }
      out[DISPATCH] = { propertyName: discriminator.propertyName, mapping, exclusive };
    }
  }
  if (node.nullable === true) {
    if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
    return { anyOf: [out, { type: 'null' }] };
  }
  return out;
}

/** Explicit mapping, or the implicit one (schema name = value) for `oneOf` refs. */
function discriminatorMapping(discriminator: SchemaObject, node: SchemaObject): Record<string, string> {
  const mapping: Record<string, string> = {};
  const explicit = discriminator.mapping;
  if (isObject(explicit)) {
    for (const [value, ref] of Object.entries(explicit)) if (typeof ref === 'string') mapping[value] = ref;
    return mapping;
  }
  const branches = node.oneOf ?? node.anyOf;
  if (Array.isArray(branches)) {
    for (const branch of branches) {
      if (isObject(branch) && typeof branch.$ref === 'string' && branch.$ref.startsWith(SCHEMA_PREFIX)) {
        mapping[branch.$ref.slice(SCHEMA_PREFIX.length)] = branch.$ref;
      }
    }
  }
  return mapping;
}

/** A required property the payload may leave out in this direction (readOnly in requests, …). */
function skippedFor(property: Json, direction: PayloadDirection): boolean {
  const flag = direction === 'request' ? 'readOnly' : 'writeOnly';
  const resolved = resolveRef(property);
  return isObject(resolved) && resolved[flag] === true;
}

function resolveRef(node: Json, depth = 0): Json {
  if (!isObject(node) || depth > 8) return node;
  if (node.readOnly === true || node.writeOnly === true) return node;
  if (typeof node.$ref === 'string' && node.$ref.startsWith(SCHEMA_PREFIX)) {
    return resolveRef(openApiSchemas()[node.$ref.slice(SCHEMA_PREFIX.length)] ?? null, depth + 1);
  }
  if (Array.isArray(node.allOf) && node.allOf.length === 1) return resolveRef(node.allOf[0] ?? null, depth + 1);
  return node;
}

function isObject(value: unknown): value is SchemaObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
