export * as apiService from './api-service/index.js';
export * as bookmark from './bookmark/index.js';
export * as jwt from './jwt/index.js';
export * as oidc from './oidc/index.js';
export * as saml from './saml/index.js';
export * as scim from './scim/index.js';
export * from './shared.js';
export * as swa from './swa/index.js';
export * as wsfed from './wsfed/index.js';
