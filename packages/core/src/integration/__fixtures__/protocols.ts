import { createDefiner } from '@integrakit/protocols/shared';
import * as z from 'zod';
import { embedLabel } from '../embeds.js';
import { bindModule, type ProtocolRegistry } from '../registry.js';

// A small stand-in module built with the real define machinery, for tests of the registry seam
// itself (embedding, issue placement, a module that throws); everything else uses the real modules.
const stand = createDefiner(z.strictObject({ label: z.string().min(1).max(5), url: z.url({ protocol: /^https$/ }) }));

/** A registry whose only binding is a stand-in `bookmark` that embeds the label (max 5 characters). */
export const standInProtocols: ProtocolRegistry = { bookmark: bindModule(stand, { embeds: [embedLabel] }) };

/** A registry whose `bookmark` module throws on every call. */
export const throwingProtocols: ProtocolRegistry = {
  bookmark: bindModule({
    safeDefine() {
      throw new TypeError('boom');
    },
  }),
};
