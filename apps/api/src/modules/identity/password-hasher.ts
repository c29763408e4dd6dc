import { Inject, Injectable } from '@nestjs/common';
import { hash, type Options, verify } from '@node-rs/argon2';
import type { AppConfig, PasswordHashCost } from '../../config/app-config';
import { APP_CONFIG } from '../../config/app-config.module';

/** Argon2id: `standard` is the library's defaults (19 MiB, 2 passes, 1 lane: the OWASP minimum). */
const ARGON2_OPTIONS: Record<PasswordHashCost, Options> = {
  standard: {},
  low: { memoryCost: 64, timeCost: 1 },
};

@Injectable()
export class PasswordHasher {
  private readonly options: Options;
  /** Compared against when the user does not exist, so an unknown name costs as much time as a wrong password. */
  private decoy: Promise<string> | null = null;

  constructor(@Inject(APP_CONFIG) config: Pick<AppConfig, 'passwordHashCost'>) {
    this.options = ARGON2_OPTIONS[config.passwordHashCost];
  }

  hash(password: string): Promise<string> {
    return hash(password, this.options);
  }

  async verify(passwordHash: string | null, password: string): Promise<boolean> {
    if (passwordHash === null) {
      this.decoy ??= this.hash(`decoy-${Math.random()}`);
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
