import forge from 'node-forge';

/** A throwaway RSA key and self-signed certificate (valid 2020–2040 unless told) for tests that sign or stamp. */
export function selfSignedIdentity(
  commonName: string,
  serialNumber: string,
  extensions: object[] = [],
  validity = { notBefore: new Date('2020-01-01T00:00:00Z'), notAfter: new Date('2040-01-01T00:00:00Z') },
): { key: forge.pki.rsa.PrivateKey; certificate: forge.pki.Certificate } {
  const keys = forge.pki.rsa.generateKeyPair({ bits: 2048 });
  const certificate = forge.pki.createCertificate();
  certificate.publicKey = keys.publicKey;
  certificate.serialNumber = serialNumber;
  certificate.validity.notBefore = validity.notBefore;
  certificate.validity.notAfter = validity.notAfter;
  const name = [{ name: 'commonName', value: commonName }];
  certificate.setSubject(name);
  certificate.setIssuer(name);
  if (extensions.length > 0) certificate.setExtensions(extensions);
  certificate.sign(keys.privateKey, forge.md.sha256.create());
  return { key: keys.privateKey, certificate };
}
