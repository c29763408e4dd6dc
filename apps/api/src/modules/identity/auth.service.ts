import { Injectable } from '@nestjs/common';
import type { PasswordChangeInput } from '@tongban/api-contract';
import { DataSource } from 'typeorm';
import { badRequest } from '../../common/api-exception';
import type { AuthUser } from './auth-user';
import type { LoginInput } from './dtos/login.input';
import { toAuthUser, toUserDto, type UserDto } from './dtos/user.dto';
import type { UserEntity } from './entities/user.entity';
import { PasswordIdentityProvider } from './identity-provider';
import { invalidCredentials } from './identity.exception';
import { LoginRateLimiter } from './login-rate-limiter';
import { PasswordHasher } from './password-hasher';
import { TokenService } from './token.service';
import { UsersService } from './users.service';

export interface LoginResult {
  token: string;
  expiresAt: string;
  user: UserDto;
}

@Injectable()
export class AuthService {
  constructor(
    private readonly db: DataSource,
    private readonly users: UsersService,
    private readonly passwords: PasswordHasher,
    private readonly tokens: TokenService,
    private readonly limiter: LoginRateLimiter,
    private readonly passwordProvider: PasswordIdentityProvider,
  ) {}

  async login({ username, password }: LoginInput, clientIp: string): Promise<LoginResult> {
    const attempt = await this.limiter.reserve(clientIp, username);
    const user = await this.passwordProvider.identify({ username, password });
    if (!user || !this.users.isEnabled(user)) throw invalidCredentials();
    await this.limiter.succeeded(attempt);
    return this.session(user);
  }

  /** A token for a user an identity provider has identified (login; a fresh registration). */
  async session(user: UserEntity): Promise<LoginResult> {
    const { token, expiresAt } = await this.tokens.sign({
      sub: user.id,
      username: user.username,
      ver: user.tokenVersion,
    });
    return { token, expiresAt, user: toUserDto(toAuthUser(user)) };
  }

  /**
   * The caller behind a bearer token: valid signature, not expired, account still enabled, and not revoked (its
   * version is the user's current one). Read from the database on every request, in every process, with no cache:
   * a logout or password change in one process is refused at once by all (one primary-key read).
   */
  async authenticate(token: string): Promise<AuthUser | null> {
    const claims = await this.tokens.verify(token).catch(() => null);
    if (!claims) return null;
    const user = await this.users.findSessionUser(claims.sub);
    if (!user || user.tokenVersion !== claims.ver) return null;
    return toAuthUser(user);
  }

  /** Ends every session of the caller (all its tokens, on every device): logout revokes by version, not per token. */
  async logout(user: AuthUser): Promise<void> {
    await this.db.query(`UPDATE app_user SET token_version = token_version + 1 WHERE id = $1`, [user.id]);
  }

  /**
   * The caller's own password change: the current password is checked under the login limits (a stolen token
   * cannot guess it faster than a login could), then the new hash is stored and every token revoked.
   */
  async changePassword(caller: AuthUser, input: PasswordChangeInput, clientIp: string): Promise<void> {
    const attempt = await this.limiter.reserve(clientIp, caller.username);
    const user = await this.users.findEnabledById(caller.id);
    if (!user || !(await this.passwords.verify(user.passwordHash, input.current))) {
      throw badRequest('WRONG_PASSWORD', '当前密码不正确');
    }
    await this.limiter.succeeded(attempt);
    const passwordHash = await this.passwords.hash(input.next);
    await this.db.query(`UPDATE app_user SET password_hash = $2, token_version = token_version + 1 WHERE id = $1`, [
      user.id,
      passwordHash,
    ]);
  }
}
