/** One operation of a SCIM `PatchOp` (RFC 7644 §3.5.2). */
export interface PatchOperation {
  /** `add`, `remove` or `replace`; the `entra` profile sends them capitalised. */
  readonly op: string;
  /** Attribute path, e.g. `active`, `members[value eq "42"]`; absent for a whole-resource replace. */
  readonly path?: string;
  readonly value?: unknown;
}

/** Names of the built-in interop profiles. */
export type InteropProfileName = 'rfc' | 'okta' | 'entra';

/**
 * The request shapes one provisioning client sends, so a server can be tested the way that
 * client will talk to it. Each builder returns the `Operations` of a PatchOp.
 */
export interface InteropProfile {
  readonly name: InteropProfileName;
  readonly description: string;
  deactivate(): PatchOperation[];
  reactivate(): PatchOperation[];
  addMembers(ids: readonly string[]): PatchOperation[];
  removeMembers(ids: readonly string[]): PatchOperation[];
  setMembers(ids: readonly string[]): PatchOperation[];
  /** Rewrites canonical (RFC-cased) operations into this client's dialect. */
  dialect(operations: readonly PatchOperation[]): PatchOperation[];
}

const members = (ids: readonly string[]) => ids.map((value) => ({ value }));
const removeByFilter = (ids: readonly string[]): PatchOperation[] =>
  ids.map((id) => ({ op: 'remove', path: `members[value eq ${quote(id)}]` }));

/** Plain RFC 7644 requests. */
const rfc: InteropProfile = {
  name: 'rfc',
  description: 'RFC 7644 as written: lower-case ops, a path on every operation, JSON booleans',
  deactivate: () => [{ op: 'replace', path: 'active', value: false }],
  reactivate: () => [{ op: 'replace', path: 'active', value: true }],
  addMembers: (ids) => [{ op: 'add', path: 'members', value: members(ids) }],
  removeMembers: removeByFilter,
  setMembers: (ids) => [{ op: 'replace', path: 'members', value: members(ids) }],
  dialect: (operations) => [...operations],
};

/** What Okta's provisioning engine sends (Okta SCIM 2.0 docs and its CRUD test). */
const okta: InteropProfile = {
  name: 'okta',
  description: 'Okta: deactivation as PATCH replace without a path, empty group push as replace members []',
  deactivate: () => [{ op: 'replace', value: { active: false } }],
  reactivate: () => [{ op: 'replace', value: { active: true } }],
  addMembers: (ids) => [{ op: 'add', path: 'members', value: members(ids) }],
  removeMembers: removeByFilter,
  setMembers: (ids) => [{ op: 'replace', path: 'members', value: members(ids) }],
  dialect: (operations) => [...operations],
};

const capitalise = (op: string) => op.charAt(0).toUpperCase() + op.slice(1).toLowerCase();
const stringBoolean = (value: unknown): unknown => (typeof value === 'boolean' ? (value ? 'True' : 'False') : value);

/** What Microsoft Entra ID's provisioning service sends (its SCIM reference tests). */
const entra: InteropProfile = {
  name: 'entra',
  description: 'Entra ID: capitalised ops ("Replace"), booleans as the strings "True"/"False", remove members by value',
  deactivate: () => [{ op: 'Replace', path: 'active', value: 'False' }],
  reactivate: () => [{ op: 'Replace', path: 'active', value: 'True' }],
  addMembers: (ids) => [{ op: 'Add', path: 'members', value: members(ids) }],
  removeMembers: (ids) => [{ op: 'Remove', path: 'members', value: members(ids) }],
  setMembers: (ids) => [{ op: 'Replace', path: 'members', value: members(ids) }],
  dialect: (operations) =>
    operations.map((operation) => ({
      ...operation,
      op: capitalise(operation.op),
      ...(operation.value === undefined ? {} : { value: stringBoolean(operation.value) }),
    })),
};

/** The built-in profiles by name. */
export const interopProfiles: Readonly<Record<InteropProfileName, InteropProfile>> = { rfc, okta, entra };

/**
 * A filter comparison value (RFC 7644 §3.4.2.2: a JSON string), so quotes and backslashes in
 * user input cannot change the filter.
 */
export function quote(value: string): string {
  return JSON.stringify(value);
}

/** `attribute eq "value"` with the value quoted safely, e.g. `eq('userName', 'a"b')`. */
export function eq(attribute: string, value: string): string {
  return `${attribute} eq ${quote(value)}`;
}
