import type { ListOptions } from './apps.js';
import type { CallOptions, Http } from './http.js';
import { lister, params, seg, signalOf } from './resource.js';
import {
  type CreateGroupRequest,
  type CreateUserRequest,
  type Group,
  GroupSchema,
  type User,
  UserSchema,
} from './wire.js';

/** Options of {@link UsersApi.create}. */
export interface CreateUserOptions extends CallOptions {
  /**
   * Activate the user on create (`?activate=true`).
   * @default true
   */
  readonly activate?: boolean;
}

/** `/api/v1/users`: the people apps are assigned to. */
export interface UsersApi {
  create(body: CreateUserRequest, options?: CreateUserOptions): Promise<User>;
  get(userId: string, options?: CallOptions): Promise<User>;
  list(options?: ListOptions & { readonly q?: string }): AsyncGenerator<User, void, undefined>;
}

/** `/api/v1/groups` and their members. */
export interface GroupsApi {
  create(body: CreateGroupRequest, options?: CallOptions): Promise<Group>;
  get(groupId: string, options?: CallOptions): Promise<Group>;
  list(options?: ListOptions & { readonly q?: string }): AsyncGenerator<Group, void, undefined>;
  /** `PUT /api/v1/groups/{groupId}/users/{userId}`. */
  addMember(groupId: string, userId: string, options?: CallOptions): Promise<void>;
  removeMember(groupId: string, userId: string, options?: CallOptions): Promise<void>;
  members(groupId: string, options?: ListOptions): AsyncGenerator<User, void, undefined>;
}

export function usersApi(http: Http): UsersApi {
  return {
    create: (body, options = {}) =>
      http.json('POST', 'users', UserSchema, {
        ...signalOf(options),
        json: body,
        searchParams: params({ activate: options.activate ?? true }),
      }),
    get: (userId, options = {}) => http.json('GET', `users/${seg(userId)}`, UserSchema, options),
    list: (options = {}) => lister(http, 'users', UserSchema, params({ q: options.q, limit: options.limit }), options),
  };
}

export function groupsApi(http: Http): GroupsApi {
  return {
    create: (body, options = {}) => http.json('POST', 'groups', GroupSchema, { ...options, json: body }),
    get: (groupId, options = {}) => http.json('GET', `groups/${seg(groupId)}`, GroupSchema, options),
    list: (options = {}) =>
      lister(http, 'groups', GroupSchema, params({ q: options.q, limit: options.limit }), options),
    addMember: (groupId, userId, options = {}) =>
      http.send('PUT', `groups/${seg(groupId)}/users/${seg(userId)}`, options),
    removeMember: (groupId, userId, options = {}) =>
      http.send('DELETE', `groups/${seg(groupId)}/users/${seg(userId)}`, options),
    members: (groupId, options = {}) =>
      lister(http, `groups/${seg(groupId)}/users`, UserSchema, params({ limit: options.limit }), options),
  };
}
