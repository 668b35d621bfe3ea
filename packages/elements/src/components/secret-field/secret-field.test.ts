import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import './define.js';
import type { IkSecretToggleEvent } from '../../events/secret-toggle.js';
import { expectAccessible } from '../../test-utils/axe.js';
import { IkSecretField } from './secret-field.js';

async function mount(value: string): Promise<IkSecretField> {
  const field = document.createElement('ik-secret-field');
  field.label = 'Client secret';
  field.value = value;
  document.body.append(field);
  await field.updateComplete;
  return field;
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('<ik-secret-field>', () => {
  it('keeps the secret out of the DOM until the user reveals it', async () => {
    const field = await mount('s3cr3t-value');
    await expectAccessible(field);
    const shadow = field.shadowRoot;
    expect(shadow).not.toBeNull();
    expect(shadow?.innerHTML).not.toContain('s3cr3t-value');
    expect(field.outerHTML).not.toContain('s3cr3t-value');

    const toggle = shadow?.querySelector<HTMLButtonElement>('[part="toggle"]');
    expect(toggle?.getAttribute('aria-pressed')).toBe('false');

    const events: IkSecretToggleEvent[] = [];
    document.body.addEventListener('ik-secret-toggle', (event) => events.push(event));
    await userEvent.click(toggle as HTMLButtonElement);
    await field.updateComplete;

    expect(shadow?.querySelector('[part="value"]')?.textContent).toBe('s3cr3t-value');
    expect(toggle?.getAttribute('aria-pressed')).toBe('true');
    expect(toggle?.textContent?.trim()).toBe('Hide');
    expect(field.hasAttribute('revealed')).toBe(true);
    expect(events.map((event) => event.detail.revealed)).toEqual([true]);
    await expectAccessible(field);
  });

  it('is operable from the keyboard', async () => {
    const field = await mount('abc');
    const toggle = field.shadowRoot?.querySelector<HTMLButtonElement>('[part="toggle"]');
    toggle?.focus();
    await userEvent.keyboard('{Enter}');
    await field.updateComplete;
    expect(field.revealed).toBe(true);
    await userEvent.keyboard(' ');
    await field.updateComplete;
    expect(field.revealed).toBe(false);
  });

  it('registers once and tolerates a second definition', async () => {
    const { defineElement } = await import('../../internal/define-element.js');
    expect(customElements.get('ik-secret-field')).toBe(IkSecretField);
    // The warning is the expected outcome here: captured and checked, not printed.
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(() => defineElement('ik-secret-field', IkSecretField)).not.toThrow();
    expect(warn).not.toHaveBeenCalled();
    expect(() => defineElement('ik-secret-field', class extends HTMLElement {})).not.toThrow();
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/<ik-secret-field> is already defined/));
    warn.mockRestore();
    expect(customElements.get('ik-secret-field')).toBe(IkSecretField);
  });
});
