import type { AppLink } from '@integrakit/core/client';

/** A person's app links as Okta lists them: one per sign-on mode, the third hidden from the dashboard. */
export function sampleLinks(origin = 'https://acme.example.com'): AppLink[] {
  const link = (n: number, label: string, appName: string, hidden = false): AppLink => ({
    id: `aln${n}`,
    label,
    linkUrl: `${origin}/home/${appName}/0oa${n}/aln${n}`,
    appName,
    appInstanceId: `0oa${n}`,
    hidden,
    sortOrder: n,
  });
  return [
    link(0, 'Salesforce (SAML)', 'acme_salesforce_1'),
    link(1, 'Expense reports (OIDC)', 'oidc_client'),
    link(2, 'Payroll admin', 'acme_payroll_1', true),
    link(3, 'Team wiki', 'bookmark'),
    link(4, 'Legacy portal (SWA)', 'template_swa'),
  ];
}
