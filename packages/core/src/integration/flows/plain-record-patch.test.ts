import { describe, expect, it } from 'vitest';
import { defaultProtocols } from '../default-protocols.js';
import { refusal } from './__fixtures__/walk.js';
import { createCustomFlow } from './custom-flow.js';
import { currentConfig } from './custom-flow-steps.js';

const flow = createCustomFlow({ protocols: defaultProtocols });
const settings = flow.next(flow.update(flow.next(flow.update(flow.start(), { protocol: 'saml' })), { label: 'Acme' }));

describe('a settings patch config', () => {
  it('is refused unless it is a plain object, as a record schema refuses it', () => {
    for (const config of [['https://sp.example.com'], 'x', null, 42, new Date(0), new Map()]) {
      expect(refusal(() => flow.update(settings, { config }))).toEqual(['config:invalid_type']);
    }
    expect(flow.update(settings, { config: Object.create(null) }).step).toBe('settings');
  });

  it('is kept as a copy: changing the sent object later leaves the state alone', () => {
    const config = { ssoUrl: 'https://sp.example.com/acs' };
    const state = flow.update(settings, { config });
    config.ssoUrl = 'https://changed.example.com';
    expect(currentConfig(state.draft)).toEqual({ ssoUrl: 'https://sp.example.com/acs' });
  });
});
