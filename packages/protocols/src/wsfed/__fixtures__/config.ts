// biome-ignore-all lint/suspicious/noTemplateCurlyInString: `${user.email}`-style strings are Okta expression syntax, not JS templates.
import type { WsfedConfigInput } from '../wsfed.schema.js';

/** A realistic WS-Fed relying-party config input. */
export const wsfedInput = {
  label: 'Expense Portal',
  realm: 'urn:expense:portal',
  replyUrl: 'https://expense.example.test/wsfed/reply',
  siteUrl: 'https://expense.example.test/',
  nameIdFormat: 'unspecified',
  audienceRestriction: 'urn:expense:portal',
  authnContextClassRef: 'PasswordProtectedTransport',
  groupValueFormat: 'windowsDomainQualifiedName',
  usernameAttribute: 'upn',
  groupFilter: '^expense-.*',
  groupName: 'http://schemas.microsoft.com/ws/2008/06/identity/claims/groups',
  attributeStatements: [
    {
      name: 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress',
      value: '${user.email}',
      nameFormat: 'uri',
    },
    { name: 'role', value: 'ENG' },
  ],
} satisfies WsfedConfigInput;
