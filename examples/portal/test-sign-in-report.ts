// The sandbox's Test sign-in report page: <ik-inspector> shows what the built-in test service
// provider received for the app, checked against the app's configuration. The server writes the
// data as JSON into the page (`#test-sign-in-received`), with its own inspection of a SAML
// response (signatures verify only in Node); nothing here sends anything anywhere.
import '@integrakit/elements/inspector/define';
import type { Inspection } from '@integrakit/core/inspection';
import type { InspectorIntegration } from '@integrakit/elements/inspector';

interface Received {
  readonly value: string;
  readonly app: InspectorIntegration;
  readonly issuer?: string;
  /** The server's inspection (SAML signatures verified there); absent, the element inspects. */
  readonly inspection?: Inspection;
}

const data = document.getElementById('test-sign-in-received')?.textContent;
const inspector = document.querySelector('ik-inspector');
if (data !== undefined && data !== null && inspector !== null) {
  const received = JSON.parse(data) as Received;
  inspector.integrations = [received.app];
  inspector.integrationId = received.app.id;
  inspector.issuer = received.issuer;
  inspector.inspection = received.inspection;
  inspector.value = received.value;
}
