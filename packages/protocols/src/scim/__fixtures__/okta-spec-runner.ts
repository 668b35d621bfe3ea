import { readFileSync } from 'node:fs';

interface Assertion {
  readonly comparison: string;
  readonly source: 'response_status' | 'response_json' | 'response_time';
  readonly value: string | null;
  readonly property?: string;
}

interface Step {
  readonly step_type: 'request' | 'pause';
  readonly note?: string;
  readonly method?: string;
  readonly url?: string;
  readonly body?: string;
  readonly headers?: Record<string, string[]>;
  readonly assertions?: Assertion[];
  readonly variables?: { source: string; name: string; property: string }[];
}

/** The outcome of one assertion of one step. */
export interface AssertionResult {
  readonly step: string;
  readonly assertion: string;
  readonly ok: boolean;
  readonly actual: string;
}

/**
 * Runs Okta's declarative SCIM 2.0 SPEC test (Runscope JSON) against a server: substitutes
 * `{{vars}}`, sends each request with a timeout, evaluates the comparisons, extracts variables
 * and skips pauses. The JavaScript `scripts` are not run; the Groups script only logs.
 */
export async function runOktaSpecTest(
  file: string,
  vars: Record<string, string>,
  timeout: number,
): Promise<AssertionResult[]> {
  const spec = JSON.parse(readFileSync(file, 'utf8')) as { steps: Step[] };
  const scope: Record<string, string> = { ...vars };
  const fill = (text: string) => text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => scope[name] ?? `{{${name}}}`);
  const results: AssertionResult[] = [];
  for (const step of spec.steps) {
    if (step.step_type !== 'request' || !step.method || !step.url) continue;
    const headers = Object.fromEntries(
      Object.entries(step.headers ?? {}).map(([key, values]) => [key, fill(values.join(', '))]),
    );
    const started = performance.now();
    const response = await fetch(fill(step.url).replace(/ /g, '%20'), {
      method: step.method,
      headers,
      ...(step.body ? { body: fill(step.body) } : {}),
      signal: AbortSignal.timeout(timeout),
    });
    const text = await response.text();
    const elapsed = performance.now() - started;
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
    for (const assertion of step.assertions ?? []) {
      const actual =
        assertion.source === 'response_status'
          ? response.status
          : assertion.source === 'response_time'
            ? elapsed
            : pick(json, assertion.property ?? '');
      results.push({
        step: step.note ?? step.url,
        assertion:
          `${assertion.source}${assertion.property ? `.${assertion.property}` : ''} ${assertion.comparison} ${assertion.value ?? ''}`.trim(),
        ok: compare(assertion.comparison, actual, assertion.value === null ? null : fill(assertion.value)),
        actual: JSON.stringify(actual) ?? 'undefined',
      });
    }
    for (const variable of step.variables ?? []) {
      const value = pick(json, variable.property);
      if (value !== undefined) scope[variable.name] = String(value);
    }
  }
  return results;
}

function pick(value: unknown, path: string): unknown {
  let current = value;
  for (const key of path.split(/\.|\[(\d+)\]/).filter((part) => part !== undefined && part !== '')) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

/** Runscope's comparisons, as its documentation defines them (values compared as text). */
function compare(comparison: string, actual: unknown, expected: string | null): boolean {
  switch (comparison) {
    case 'equal':
      return actual !== undefined && String(actual) === expected;
    case 'equal_number':
      return Number(actual) === Number(expected);
    case 'not_empty':
      return (
        actual !== undefined && actual !== null && actual !== '' && !(Array.isArray(actual) && actual.length === 0)
      );
    case 'has_value':
    case 'contains':
      return Array.isArray(actual)
        ? actual.map(String).includes(expected ?? '')
        : String(actual ?? '').includes(expected ?? '');
    case 'is_a_number':
      return (
        typeof actual === 'number' || (typeof actual === 'string' && actual !== '' && !Number.isNaN(Number(actual)))
      );
    case 'is_less_than':
      return Number(actual) < Number(expected);
    default:
      throw new Error(`unknown Runscope comparison ${comparison}`);
  }
}
