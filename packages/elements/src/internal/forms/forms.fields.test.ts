import { loadCustomFlowChoices } from '@integrakit/core/flows';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { expectAccessible } from '../../test-utils/axe.js';
import { inside, mountForm } from '../__fixtures__/form-host.js';
import { renderOidcForm } from './oidc.js';
import { renderSamlForm } from './saml.js';

const choices = await loadCustomFlowChoices();
const web = { grants: choices.grantChoices('web'), redirects: true };
const service = { grants: choices.grantChoices('service'), redirects: false };

afterEach(() => {
  document.body.replaceChildren();
});

const saml = (values: Parameters<typeof renderSamlForm>[0], ctx: Parameters<typeof renderSamlForm>[1]) =>
  renderSamlForm(values, ctx, { metadata: document.createDocumentFragment() as never, preview: undefined as never });

describe('URI list editor (OIDC redirect URIs)', () => {
  it('adds, edits and removes URIs from the keyboard, focusing the row that needs it', async () => {
    const host = await mountForm((values, ctx) => renderOidcForm(values, web, ctx), {
      grantTypes: ['authorization_code'],
    });
    await expectAccessible(host);
    const add = inside<HTMLButtonElement>(host, '#f-signOn\\.config\\.redirectUris-add');
    add.focus();
    await userEvent.keyboard('{Enter}');
    await host.updateComplete;
    const first = inside<HTMLInputElement>(host, '#f-signOn\\.config\\.redirectUris\\.0');
    expect(host.shadowRoot?.activeElement).toBe(first);
    await userEvent.keyboard('https://app.example.com/cb');
    expect(host.values.redirectUris).toEqual(['https://app.example.com/cb']);

    inside<HTMLButtonElement>(host, '#f-signOn\\.config\\.redirectUris-add').click();
    await host.updateComplete;
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await userEvent.keyboard('https://other.example.com/cb');
    expect(host.values.redirectUris).toEqual(['https://app.example.com/cb', 'https://other.example.com/cb']);

    const remove = host.shadowRoot?.querySelectorAll<HTMLButtonElement>('[part="remove"]')[0];
    expect(remove?.textContent?.trim()).toBe('Remove https://app.example.com/cb');
    remove?.focus();
    await userEvent.keyboard('{Enter}');
    await host.updateComplete;
    expect(host.values.redirectUris).toEqual(['https://other.example.com/cb']);
    expect(host.shadowRoot?.activeElement?.id).toBe('f-signOn.config.redirectUris.0');
    await expectAccessible(host);
  });

  it('ties a row error to its input while it is shown', async () => {
    const host = await mountForm(
      (values, ctx) => renderOidcForm(values, web, ctx),
      { redirectUris: ['nope'] },
      {
        'signOn.config.redirectUris.0': 'Enter an absolute URI',
      },
    );
    const input = inside<HTMLInputElement>(host, '#f-signOn\\.config\\.redirectUris\\.0');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(inside(host, `#${CSS.escape(`${input.id}-error`)}`).textContent).toContain('Enter an absolute URI');
    expect(input.getAttribute('aria-describedby')).toBe(`${input.id}-error`);
    await expectAccessible(host);
  });

  it('offers only the grants of the application type', async () => {
    const host = await mountForm((values, ctx) => renderOidcForm(values, service, ctx), {});
    const labels = [...(host.shadowRoot?.querySelectorAll('fieldset label') ?? [])].map((label) => label.textContent);
    expect(labels).toContain('Client Credentials');
    expect(labels).not.toContain('Authorization Code');
    expect(host.shadowRoot?.querySelector('[part~="list-editor"]')).toBeNull();
  });
});

describe('attribute statements editor', () => {
  const statements = [
    { name: 'email', nameFormat: 'unspecified', values: ['user.email'] },
    { name: 'firstName', nameFormat: 'basic', values: ['user.firstName'] },
    { name: 'lastName', nameFormat: 'uri', values: ['user.lastName'] },
  ];

  it('reorders with Move up / Move down, keeps focus on the action and announces the position', async () => {
    const host = await mountForm(saml, { attributeStatements: statements });
    await expectAccessible(host);
    const down = inside<HTMLButtonElement>(host, '#f-signOn\\.config\\.attributeStatements-0-down');
    expect(down.textContent?.trim()).toBe('Move email down');
    expect(inside(host, '#f-signOn\\.config\\.attributeStatements-0-up').getAttribute('aria-disabled')).toBe('true');
    down.focus();
    await userEvent.keyboard('{Enter}');
    await host.updateComplete;
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const names = (host.values.attributeStatements as { name: string }[]).map((s) => s.name);
    expect(names).toEqual(['firstName', 'email', 'lastName']);
    expect(host.shadowRoot?.activeElement?.id).toBe('f-signOn.config.attributeStatements-1-down');
    expect(inside(host, '#f-signOn\\.config\\.attributeStatements-status').textContent).toBe(
      'email moved to position 2 of 3',
    );
    await userEvent.keyboard('{Enter}');
    await host.updateComplete;
    expect((host.values.attributeStatements as { name: string }[]).map((s) => s.name)).toEqual([
      'firstName',
      'lastName',
      'email',
    ]);
    // At the end: aria-disabled, focus stays, nothing moves.
    const last = inside<HTMLButtonElement>(host, '#f-signOn\\.config\\.attributeStatements-2-down');
    expect(last.getAttribute('aria-disabled')).toBe('true');
    last.click();
    await host.updateComplete;
    expect((host.values.attributeStatements as { name: string }[])[2]?.name).toBe('email');
  });

  it('adds a row, edits it and removes one', async () => {
    const host = await mountForm(saml, { attributeStatements: statements.slice(0, 1) });
    inside<HTMLButtonElement>(host, '#f-signOn\\.config\\.attributeStatements-add').click();
    await host.updateComplete;
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(host.shadowRoot?.activeElement?.id).toBe('f-signOn.config.attributeStatements.1.name');
    await userEvent.keyboard('department');
    await userEvent.tab();
    await userEvent.tab();
    await userEvent.keyboard('user.department');
    expect(host.values.attributeStatements).toEqual([
      statements[0],
      { name: 'department', nameFormat: 'unspecified', values: ['user.department'] },
    ]);
    inside<HTMLButtonElement>(host, '#f-signOn\\.config\\.attributeStatements-0-remove').click();
    await host.updateComplete;
    expect((host.values.attributeStatements as { name: string }[]).map((s) => s.name)).toEqual(['department']);
  });

  it('switches recipient and destination off "use this" and back', async () => {
    const host = await mountForm(saml, { ssoUrl: 'https://sp.example.com/acs' });
    expect(host.shadowRoot?.querySelector('#f-signOn\\.config\\.recipient')).toBeNull();
    inside<HTMLInputElement>(host, '#f-signOn\\.config\\.sameUrls').click();
    await host.updateComplete;
    expect(inside<HTMLInputElement>(host, '#f-signOn\\.config\\.recipient').value).toBe('https://sp.example.com/acs');
    inside<HTMLInputElement>(host, '#f-signOn\\.config\\.sameUrls').click();
    await host.updateComplete;
    expect(host.values.recipient).toBeUndefined();
    expect(host.values.destination).toBeUndefined();
  });
});

describe('config text fields', () => {
  const audience = '#f-signOn\\.config\\.audience';

  it('redraw only the field typed in, and a field again when its value or error changes', async () => {
    const host = await mountForm(saml, { ssoUrl: 'https://sp.example.com/acs' });
    // Left alone by a keystroke elsewhere: a redraw would put the config's value back (live binding).
    inside<HTMLInputElement>(host, audience).value = 'not from the config';
    inside<HTMLInputElement>(host, '#f-signOn\\.config\\.ssoUrl').focus();
    await userEvent.keyboard('x');
    await host.updateComplete;
    expect(host.values.ssoUrl).toBe('https://sp.example.com/acsx');
    expect(inside<HTMLInputElement>(host, audience).value).toBe('not from the config');

    host.errors = { 'signOn.config.audience': 'Enter the audience URI' };
    await host.updateComplete;
    expect(inside(host, `#${CSS.escape('f-signOn.config.audience-error')}`).textContent).toContain(
      'Enter the audience URI',
    );
    expect(inside<HTMLInputElement>(host, audience).getAttribute('aria-invalid')).toBe('true');

    host.values = { ...host.values, audience: 'https://sp.example.com' };
    await host.updateComplete;
    expect(inside<HTMLInputElement>(host, audience).value).toBe('https://sp.example.com');
  });

  it('copy the single sign-on URL as typed when "use this" is turned off', async () => {
    const host = await mountForm(saml, { ssoUrl: 'https://sp.example.com/acs' });
    inside<HTMLInputElement>(host, '#f-signOn\\.config\\.ssoUrl').focus();
    await userEvent.keyboard('2');
    await host.updateComplete;
    inside<HTMLInputElement>(host, '#f-signOn\\.config\\.sameUrls').click();
    await host.updateComplete;
    expect(host.values.recipient).toBe('https://sp.example.com/acs2');
    expect(host.values.destination).toBe('https://sp.example.com/acs2');
  });
});
