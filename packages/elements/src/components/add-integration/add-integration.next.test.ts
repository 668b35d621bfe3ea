import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { exampleEntry, expectStep, field, mountAdd, part, shadow } from './__fixtures__/mount.js';

afterEach(() => {
  document.body.replaceChildren();
});

const SUBDOMAIN = 'f-tenantSettings.subdomain';

describe('<ik-add-integration> Next without a form submission', () => {
  it('moves one step (and the step indicator) on a click or on Enter in a field without submitting the form; requestSubmit() still moves', async () => {
    const element = await mountAdd(exampleEntry('slack'));
    const form = part<HTMLFormElement>(element, 'form');
    let submits = 0;
    form.addEventListener('submit', () => submits++);
    await userEvent.type(field(element, SUBDOMAIN), 'acme');

    await userEvent.click(part(element, '[part="next"]'));
    await expectStep(element, 'Step 2 of 4: Sign-On Options');
    expect(shadow(element).querySelector('#error-summary')).toBeNull();
    // The step indicator follows: the first step is done (a button), the second current.
    const steps = () => [...shadow(element).querySelectorAll('[part="step"]')];
    expect(steps().map((step) => step.getAttribute('aria-current'))).toEqual([null, 'step', null, null]);
    expect(steps()[0]?.querySelector('button')?.textContent).toContain('completed');
    expect(steps()[1]?.textContent).not.toContain('completed');

    await userEvent.click(part(element, '[part="back"]'));
    await expectStep(element, 'Step 1 of 4: General Settings');
    expect(steps().map((step) => step.getAttribute('aria-current'))).toEqual(['step', null, null, null]);
    expect(steps()[0]?.querySelector('button')).toBeNull();
    field(element, SUBDOMAIN).focus();
    await userEvent.keyboard('{Enter}');
    await expectStep(element, 'Step 2 of 4: Sign-On Options');
    expect(submits).toBe(0);

    // A host's own submit of the form is Next too.
    part<HTMLFormElement>(element, 'form').requestSubmit();
    await expectStep(element, 'Step 3 of 4: Application username format');
    expect(submits).toBe(1);
  });
});
