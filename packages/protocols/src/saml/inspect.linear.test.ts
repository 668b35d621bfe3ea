import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyRuns } from '../../../../scripts/property-runs.js';
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

/**
 * A random well-formed response-shaped document of about `length` characters (seeded, so it
 * shrinks), within the limits by construction so that every pass of the inspection runs: at most
 * `maxDepth` levels, 9,000 elements and two signatures; text grows with the length instead.
 */
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
  let elements = 1;
  let signatures = 0;
  const textLength = Math.max(20, Math.ceil(length / 4_000));
  const open: string[] = [];
  const emit = (text: string) => {
    parts.push(text);
    size += text.length;
  };
  while (size < length) {
    const roll = next(10);
    if (roll < 4 && open.length < maxDepth && elements < 9_000) {
      let name = NAMES[next(NAMES.length)] as string;
      if (name === 'ds:Signature' && ++signatures > 2) name = 'x';
      const id = next(4) === 0 ? ` ID="_${next(50)}"` : '';
      emit(`<${name}${id}${next(3) === 0 ? ` Name="a${next(5)}"` : ''}>`);
      open.push(name);
      elements++;
    } else if (roll < 7 && open.length > 0) emit(`</${open.pop()}>`);
    else emit('v'.repeat(1 + next(textLength)));
  }
  while (open.length > 0) emit(`</${open.pop()}>`);
  emit('</samlp:Response>');
  return parts.join('');
}

describe('inspectResponse works in time linear in the document size', () => {
  it('property: random response-shaped XML up to 1 MB is inspected with a bounded number of steps', {
    timeout: 180_000,
  }, async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1 }),
        fc.integer({ min: 200, max: 990_000 }),
        fc.integer({ min: 1, max: 60 }),
        async (seed, length, maxDepth) => {
          const xml = randomResponse(seed, length, maxDepth);
          domWork.steps = 0;
          const report = await inspectResponse(xml, spConfig());
          expect(report.problems.map((p) => p.code)).toContain('signature_not_verified');
          expect(domWork.steps).toBeLessThanOrEqual(STEPS_PER_CHARACTER * xml.length);
        },
      ),
      { numRuns: propertyRuns(10) },
    );
  });
});
