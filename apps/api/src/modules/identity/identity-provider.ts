import { Injectable } from '@nestjs/common';
import type { UserEntity } from './entities/user.entity';
import { PasswordHasher } from './password-hasher';
import { UsersService } from './users.service';

/**
 * Who proves an identity at login. Today the only provider is the password one; a real-name provider (a
 * government identity platform, a bank's or a messaging app's real-name check) is another implementation that
 * turns its own proof into the user it names (creating the applicant on first use), and login issues the same
 * token for it. Enabled-ness and revocation stay the auth service's.
 */
export interface IdentityProvider<P> {
  /** The provider's name, as a login request would select it (`password`, later e.g. `gov-id`). */
  readonly kind: string;
  /** The user the proof names, or null when it proves nothing; never throws for a wrong proof. */
  identify(proof: P): Promise<UserEntity | null>;
}

@Injectable()
export class PasswordIdentityProvider implements IdentityProvider<{ username: string; password: string }> {
  readonly kind = 'password';

  constructor(
    private readonly users: UsersService,
    private readonly passwords: PasswordHasher,
  ) {}

  /** The user when the password matches; an unknown user costs as much time as a wrong password. */
  async identify({ username, password }: { username: string; password: string }): Promise<UserEntity | null> {
    const user = await this.users.findByUsername(username);
    const matches = await this.passwords.verify(user?.passwordHash ?? null, password);
    return user && matches ? user : null;
  }
}
