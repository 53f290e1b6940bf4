import argon2 from 'argon2';

/** argon2id with OWASP's recommended minimum (19 MiB, 2 passes): salted and slow on purpose. */
const OPTIONS = { type: argon2.argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

/** A real hash of a random password, verified against when the user name is unknown, so timing does not tell. */
let decoy: Promise<string> | undefined;

export const passwordHasher = {
  hash(password: string): Promise<string> {
    return argon2.hash(password, OPTIONS);
  },
  async verify(hash: string | null, password: string): Promise<boolean> {
    if (!hash) {
      decoy ??= argon2.hash(`decoy-${Math.random()}`, OPTIONS);
      await argon2.verify(await decoy, password);
      return false;
    }
    try {
      return await argon2.verify(hash, password);
    } catch {
      return false;
    }
  },
};
