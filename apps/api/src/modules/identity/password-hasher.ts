import { Injectable } from '@nestjs/common';
import { hash, verify } from '@node-rs/argon2';

/** Argon2id with the library's defaults (19 MiB, 2 passes, 1 lane: the OWASP minimum). */
@Injectable()
export class PasswordHasher {
  /** Compared against when the user does not exist, so an unknown name costs as much time as a wrong password. */
  private decoy: Promise<string> | null = null;

  hash(password: string): Promise<string> {
    return hash(password);
  }

  async verify(passwordHash: string | null, password: string): Promise<boolean> {
    if (passwordHash === null) {
      this.decoy ??= hash(`decoy-${Math.random()}`);
      await verify(await this.decoy, password);
      return false;
    }
    try {
      return await verify(passwordHash, password);
    } catch {
      // A malformed stored hash (e.g. an account locked with '!') never matches.
      return false;
    }
  }
}
