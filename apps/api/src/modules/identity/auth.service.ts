import { Injectable } from '@nestjs/common';
import { RecentValues } from '../../common/recent-values';
import type { AuthUser } from './auth-user';
import type { LoginInput } from './dtos/login.input';
import { toAuthUser, toUserDto, type UserDto } from './dtos/user.dto';
import { invalidCredentials } from './identity.exception';
import { LoginRateLimiter } from './login-rate-limiter';
import { PasswordHasher } from './password-hasher';
import { TokenService } from './token.service';
import { UsersService } from './users.service';

const USER_CACHE_MS = 5_000;

export interface LoginResult {
  token: string;
  expiresAt: string;
  user: UserDto;
}

@Injectable()
export class AuthService {
  constructor(
    private readonly users: UsersService,
    private readonly passwords: PasswordHasher,
    private readonly tokens: TokenService,
    private readonly limiter: LoginRateLimiter,
  ) {}

  async login({ username, password }: LoginInput, clientIp: string): Promise<LoginResult> {
    this.limiter.assertAllowed(clientIp, username);
    const user = await this.users.findByUsername(username);
    const matches = await this.passwords.verify(user?.passwordHash ?? null, password);
    if (!user || !matches || !this.users.isEnabled(user)) {
      this.limiter.recordFailure(clientIp, username);
      throw invalidCredentials();
    }
    this.limiter.recordSuccess(clientIp, username);
    const { token, expiresAt } = await this.tokens.sign({ sub: user.id, username: user.username });
    return { token, expiresAt, user: toUserDto(toAuthUser(user)) };
  }

  /** The caller behind a bearer token: valid signature, not expired, account still enabled. */
  async authenticate(token: string): Promise<AuthUser | null> {
    const claims = await this.tokens.verify(token).catch(() => null);
    if (!claims) return null;
    const cached = this.recentUsers.get(claims.sub);
    if (cached) return cached;
    const user = await this.users.findEnabledById(claims.sub);
    if (!user) return null;
    const authUser = toAuthUser(user);
    this.recentUsers.set(claims.sub, authUser);
    return authUser;
  }

  // Every request loads its user; a few seconds' reuse spares a round trip without letting roles go stale for long.
  private readonly recentUsers = new RecentValues<string, AuthUser>(USER_CACHE_MS);
}
