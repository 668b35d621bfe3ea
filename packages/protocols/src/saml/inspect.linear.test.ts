import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isConfigValidationError } from '../errors.js';
import { domWork } from '../xml/dom.js';
import { spConfig } from './__fixtures__/config.js';
import { inspectResponse } from './inspect.js';

// Linear time is checked by counting work (nodes the DOM walkers step over), never by a clock.
// Inspection makes four whole-tree passes (shape, signatures, assertions, IDs) and a fixed number
// of sibling scans (at most a dozen per parent it reads); a node takes at least 2.5 characters
// (`<x/>` and one character of text). So the steps stay under a constant times the length at
// every size up to the 1 MB limit, whatever the shape.
const STEPS_PER_CHARACTER = 5;

const NAMES = [
  'saml:Assertion',
  'saml:AttributeStatement',
  'saml:Attribute',
  'saml:AttributeValue',
  'saml:Conditions',
  'saml:AudienceRestriction',
  'saml:Audience',
  'ds:Signature',
  'ds:SignedInfo',
  'ds:Reference',
  'x',
];

/** A random well-formed response-shaped document of about `length` characters (seeded, so shrinkable). */
function randomResponse(seed: number, length: number, maxDepth: number): string {
  let state = seed >>> 0 || 1;
  const next = (n: number) => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) % n;
  };
  const parts = [
    '<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" xmlns:ds="http://www.w3.org/2000/09/xmldsig#" ID="_r">',
  ];
  let size = parts[0]?.length ?? 0;
  const open: string[] = [];
  const emit = (text: string) => {
    parts.push(text);
    size += text.length;
  };
  while (size < length) {
    const roll = next(10);
    if (roll < 4 && open.length < maxDepth) {
      const name = NAMES[next(NAMES.length)] as string;
      const id = next(4) === 0 ? ` ID="_${next(50)}"` : '';
      emit(`<${name}${id}${next(3) === 0 ? ` Name="a${next(5)}"` : ''}>`);
      open.push(name);
    } else if (roll < 7 && open.length > 0) emit(`</${open.pop()}>`);
    else if (roll < 9) emit('v'.repeat(1 + next(20)));
    else emit(`<x${next(2) === 0 ? ' NotBefore="2030-01-01T00:00:00Z"' : ''}/>`);
  }
  while (open.length > 0) emit(`</${open.pop()}>`);
  emit('</samlp:Response>');
  return parts.join('');
}

describe('inspectResponse works in time linear in the document size', () => {
  it('property: random response-shaped XML up to 1 MB is inspected or refused with a bounded number of steps', {
    timeout: 180_000,
  }, async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1 }),
        fc.integer({ min: 200, max: 990_000 }),
        fc.integer({ min: 1, max: 80 }),
        async (seed, length, maxDepth) => {
          const xml = randomResponse(seed, length, maxDepth);
          domWork.steps = 0;
          const outcome = await inspectResponse(xml, spConfig()).then(
            (report) => report.signatures.filter((s) => s.valid !== undefined).length,
            (error: unknown) => {
              if (!isConfigValidationError(error)) throw error;
              return error.issues[0]?.code;
            },
          );
          expect([0, 'too_deep', 'too_many_elements', 'too_many_signatures', 'too_big']).toContain(outcome);
          expect(domWork.steps).toBeLessThanOrEqual(STEPS_PER_CHARACTER * xml.length);
        },
      ),
      { numRuns: 10 },
    );
  });
});
