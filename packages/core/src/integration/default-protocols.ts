import * as apiService from '@integrakit/protocols/api-service';
import * as bookmark from '@integrakit/protocols/bookmark';
import * as oidc from '@integrakit/protocols/oidc';
import * as saml from '@integrakit/protocols/saml';
import * as scim from '@integrakit/protocols/scim';
import * as swa from '@integrakit/protocols/swa';
import * as wsfed from '@integrakit/protocols/wsfed';
import { BIND_OPTIONS } from './protocol-bindings.js';
import { bindModule, type ProtocolRegistry } from './registry.js';

/**
 * Every protocol module of `@integrakit/protocols`, bound to the integration model. Importing this
 * loads all of them (jose included); hosts that need fewer build their own registry with
 * {@link bindModule}.
 */
export const defaultProtocols: ProtocolRegistry = {
  oidc: bindModule(oidc, BIND_OPTIONS.oidc),
  'api-service': bindModule(apiService, BIND_OPTIONS['api-service']),
  saml: bindModule(saml, BIND_OPTIONS.saml),
  wsfed: bindModule(wsfed, BIND_OPTIONS.wsfed),
  swa: bindModule(swa, BIND_OPTIONS.swa),
  bookmark: bindModule(bookmark, BIND_OPTIONS.bookmark),
  scim: bindModule(scim, BIND_OPTIONS.scim),
};
