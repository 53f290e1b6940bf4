// Writes the DEMO signing identity used when no RINGI_SIGNING_P12_* is configured: a self-signed certificate of
// the fictional みなと市 and its key, as PKCS#12 with a published passphrase. Demo material only: anyone can
// read this key, so a signature made with it proves nothing. Run: node seeds/demo-signing/generate-demo-signing.mjs
import fs from 'node:fs';
import forge from 'node-forge';

const PASSPHRASE = 'ringi-demo-only';
const keys = forge.pki.rsa.generateKeyPair({ bits: 2048 });
const cert = forge.pki.createCertificate();
cert.publicKey = keys.publicKey;
cert.serialNumber = '01d3e0';
cert.validity.notBefore = new Date('2026-01-01T00:00:00Z');
cert.validity.notAfter = new Date('2036-01-01T00:00:00Z');
const name = [
  { name: 'countryName', value: 'JP' },
  { name: 'organizationName', value: 'DEMO Minato City (not a real authority)' },
  { name: 'commonName', value: 'DEMO ringi document signing - do not trust' },
];
cert.setSubject(name);
cert.setIssuer(name);
cert.setExtensions([
  { name: 'basicConstraints', cA: false },
  { name: 'keyUsage', digitalSignature: true, nonRepudiation: true },
]);
cert.sign(keys.privateKey, forge.md.sha256.create());
const p12 = forge.pkcs12.toPkcs12Asn1(keys.privateKey, [cert], PASSPHRASE, {
  algorithm: '3des',
  friendlyName: 'ringi-demo',
});
fs.writeFileSync(
  new URL('./DEMO-ONLY-signing.p12', import.meta.url),
  Buffer.from(forge.asn1.toDer(p12).getBytes(), 'binary'),
);
