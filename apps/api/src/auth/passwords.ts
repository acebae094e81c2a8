import { hash, verify, type Algorithm } from '@node-rs/argon2';

// argon2id with OWASP's minimum parameters (19 MiB, 2 passes).
// `Algorithm` is an ambient const enum (unusable with isolatedModules): 2 is Argon2id.
const OPTIONS = { algorithm: 2 as Algorithm, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  return verify(passwordHash, password).catch(() => false);
}

/** Spent on unknown e-mails so that response time does not reveal which accounts exist. */
let dummyHash: Promise<string> | null = null;
export async function spendVerifyTime(password: string): Promise<void> {
  dummyHash ??= hashPassword('daikou-timing-equaliser');
  await verifyPassword(await dummyHash, password);
}
