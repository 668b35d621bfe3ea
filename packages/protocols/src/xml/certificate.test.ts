import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isConfigValidationError } from '../errors.js';
import { describeWithReference, referencePath } from '../test-utils/reference.js';
import { makeCertificate } from './__fixtures__/certs.js';
import { checkCertificate, parseCertificate } from './certificate.js';
import { certificateBody, toPem } from './pem.js';
import { certificateStatus, readCertificateStructure } from './x509-structure.js';

const DAY = 86_400_000;

describe('certificates', () => {
  it('parses a generated certificate as X.509 with fingerprints, subject and validity', () => {
    const cert = makeCertificate({ cn: 'rotation.example.test' });
    const info = parseCertificate(cert.pem);
    expect(info.subject).toBe('CN=rotation.example.test');
    expect(info.base64).toBe(cert.base64);
    expect(info.sha1Fingerprint).toMatch(/^([0-9A-F]{2}:){19}[0-9A-F]{2}$/);
    expect(info.sha256Fingerprint).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
    // The browser-safe structural reader agrees with OpenSSL on the validity window.
    const structure = readCertificateStructure(cert.base64);
    expect(structure?.notAfter.getTime()).toBe(info.notAfter.getTime());
    expect(structure?.subjectCommonName).toBe('rotation.example.test');
  });

  it('accepts PEM, bare base64 and base64 with whitespace and \\r\\n alike', () => {
    const cert = makeCertificate();
    const wrapped = cert.base64.replace(/(.{76})/g, '$1\r\n    ');
    expect(certificateBody(wrapped)).toBe(cert.base64);
    expect(parseCertificate(wrapped).base64).toBe(cert.base64);
    expect(toPem(cert.base64)).toBe(cert.pem);
  });

  it('reports expired, expiring-soon, not-yet-valid and valid certificates', () => {
    const now = new Date('2030-06-01T00:00:00Z');
    const make = (from: number, to: number) =>
      makeCertificate({
        notBefore: new Date(now.getTime() + from * DAY),
        notAfter: new Date(now.getTime() + to * DAY),
      });
    expect(checkCertificate(make(-400, -1).pem, { now }).status).toBe('expired');
    expect(checkCertificate(make(-400, 10).pem, { now }).status).toBe('expiring');
    expect(checkCertificate(make(-400, 10).pem, { now, expiringWithinDays: 5 }).status).toBe('valid');
    expect(checkCertificate(make(2, 400).pem, { now }).status).toBe('not-yet-valid');
    const valid = checkCertificate(make(-1, 400).pem, { now });
    expect(valid.status).toBe('valid');
    expect(valid.daysLeft).toBe(400);
  });

  it('handles GeneralizedTime validity (years from 2050)', () => {
    const cert = makeCertificate({ notAfter: new Date('2060-01-01T00:00:00Z') });
    const structure = readCertificateStructure(cert.pem);
    expect(structure?.notAfter.toISOString()).toBe('2060-01-01T00:00:00.000Z');
    if (structure === undefined) throw new Error('certificate did not parse');
    expect(certificateStatus(structure, new Date('2059-12-25T00:00:00Z'), 30)).toBe('expiring');
  });

  it('refuses text that is not a certificate, naming the field and rule', () => {
    for (const bad of ['', 'not base64!', 'QUJDRA==', toPem('MIIBAA==')]) {
      expect(readCertificateStructure(bad)).toBeUndefined();
      try {
        parseCertificate(bad, ['spCertificate']);
        expect.unreachable();
      } catch (error) {
        expect(isConfigValidationError(error)).toBe(true);
        const issue = (error as { issues: { path: unknown; code: string; message: string }[] }).issues[0];
        expect(issue).toMatchObject({ path: ['spCertificate'], code: 'invalid_certificate' });
        expect(issue?.message).toBe('is not a PEM or base64 DER X.509 certificate');
        expect((error as Error).message).toContain('spCertificate: is not a PEM');
      }
    }
  });
});

describeWithReference('reference certificate', () => {
  it('reads the sample IdP certificate', () => {
    const pem = readFileSync(referencePath('samples', 'dummy-idp-signing-cert.pem'), 'utf8');
    const info = parseCertificate(pem);
    expect(info.subject).toContain('CN=dummy-idp.example.test');
    expect(readCertificateStructure(pem)?.subjectCommonName).toBe('dummy-idp.example.test');
    expect(readCertificateStructure(pem)?.notAfter.getTime()).toBe(info.notAfter.getTime());
  });
});
