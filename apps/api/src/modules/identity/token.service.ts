import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { unauthorized } from './identity.exception';

export interface TokenClaims {
  sub: string;
  username: string;
}

@Injectable()
export class TokenService {
  constructor(private readonly jwt: JwtService) {}

  async sign(claims: TokenClaims): Promise<{ token: string; expiresAt: string }> {
    const token = await this.jwt.signAsync({ ...claims });
    const { exp } = this.jwt.decode<{ exp: number }>(token);
    return { token, expiresAt: new Date(exp * 1000).toISOString() };
  }

  /** The claims of a valid, unexpired token; 401 UNAUTHORIZED otherwise. */
  async verify(token: string): Promise<TokenClaims> {
    const claims = await this.jwt.verifyAsync<Partial<TokenClaims>>(token).catch(() => null);
    if (!claims || typeof claims.sub !== 'string' || typeof claims.username !== 'string') throw unauthorized();
    return { sub: claims.sub, username: claims.username };
  }
}
