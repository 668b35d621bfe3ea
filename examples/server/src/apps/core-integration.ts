// Core's Integration ↔ Okta mapping and default protocol registry are not exported from
// `@integrakit/core` yet; this file is the one place that reaches them, so switching to the
// package export is a one-line change.
export { defaultProtocols } from '../../../../packages/core/src/integration/default-protocols.js';
export { fromOktaApp, toOktaApp } from '../../../../packages/core/src/integration/okta.js';
