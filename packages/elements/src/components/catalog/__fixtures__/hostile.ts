import type { CatalogItem } from '../source.js';

declare global {
  interface Window {
    /** Counts hostile payloads that ran: every XSS test expects it to stay unset or zero. */
    __ikXss?: number;
  }
}

/** A script payload that flips `window.__ikXss` if it ever runs. */
const run = 'window.__ikXss=(window.__ikXss||0)+1';

/** Payloads aimed at markup, attribute and URL injection. */
export const payloads = [
  `<img src=x onerror="${run}">`,
  `<script>${run}</script>`,
  `"><svg onload="${run}">`,
  `' onmouseover='${run}`,
  `</style><style>*{display:none}</style>`,
  `{{constructor.constructor('${run}')()}}`,
];

/**
 * Entries with a payload in every field the element renders. They bypass the schema on purpose:
 * a remote server or a host's own data is not validated by the element's caller.
 */
export function hostileEntries(): CatalogItem[] {
  return payloads.map((payload, index) => ({
    name: `hostile_${index}`,
    displayName: `Evil${index} ${payload}`,
    description: `Description ${payload}`,
    website: index % 2 === 0 ? `javascript:${run}` : `data:text/html,<script>${run}</script>`,
    logo:
      index % 3 === 0
        ? { kind: 'svg', path: `M0 0"/><script>${run}</script>`, hex: `000" onload="${run}` }
        : index % 3 === 1
          ? { kind: 'monogram', text: '<b', hex: `fff"><script>${run}</script>` }
          : { kind: 'url', url: `javascript:${run}` },
    verificationStatus: 'OKTA_VERIFIED',
    useCases: [`Single Sign-On`, `Use ${payload}`],
    industries: [`Industry ${payload}`],
    functionality: { signOn: [`SAML ${payload}`], provisioning: [`Create ${payload}`], apiService: true },
  }));
}
