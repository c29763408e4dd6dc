import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { unauthorized } from './identity.exception';

export interface TokenClaims {
  sub: string;
  username: string;
  /** The user's token_version when it was issued: a token older than the user's current version is revoked. */
  ver: number;
}

/** Verified tokens remembered at most; beyond it the memory starts over. */
const VERIFIED_MAX = 10_000;

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
    // A token's signature never changes, only whether it has expired: each is checked once, then its expiry alone.
    const known = this.verified.get(token);
    if (known && Math.floor(Date.now() / 1000) < known.exp) return known.claims;
    const claims = await this.jwt.verifyAsync<Partial<TokenClaims> & { exp?: number }>(token).catch(() => null);
    if (!claims || typeof claims.sub !== 'string' || typeof claims.username !== 'string') throw unauthorized();
    // Tokens issued before versions existed carry none: version 0, revoked by the first logout or password change.
    const ver = Number.isInteger(claims.ver) ? (claims.ver as number) : 0;
    const verified = { sub: claims.sub, username: claims.username, ver };
    if (typeof claims.exp === 'number') {
      if (this.verified.size >= VERIFIED_MAX) this.verified.clear();
      this.verified.set(token, { claims: verified, exp: claims.exp });
    }
    return verified;
  }

  private readonly verified = new Map<string, { claims: TokenClaims; exp: number }>();
}
