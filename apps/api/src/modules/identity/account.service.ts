import { Injectable } from '@nestjs/common';
import {
  accountName,
  type RegisterInput,
  RESET_CODE_MINUTES,
  resetCodeUsable,
  type ResetConfirmInput,
} from '@tongban/api-contract';
import { randomInt } from 'node:crypto';
import { DataSource } from 'typeorm';
import { badRequest, conflict, notFound } from '../../common/api-exception';
import { isUniqueViolation } from '../../common/database/unique-violation';
import { DefaultCenter } from '../calendar/default-center.service';
import { ClockService } from '../clock/clock.service';
import { Outbox } from '../notifications/outbox';
import { AuthService, type LoginResult } from './auth.service';
import { UserEntity } from './entities/user.entity';
import { LoginRateLimiter } from './login-rate-limiter';
import { PasswordHasher } from './password-hasher';

const invalidCode = () => badRequest('INVALID_RESET_CODE', '验证码错误或已过期，请重新获取');

/**
 * Applicants' own accounts: self-registration with a mobile number or an e-mail address (which becomes the
 * username), and a password reset by a one-time code sent through the notification channels.
 */
@Injectable()
export class AccountService {
  constructor(
    private readonly db: DataSource,
    private readonly passwords: PasswordHasher,
    private readonly auth: AuthService,
    private readonly centers: DefaultCenter,
    private readonly clock: ClockService,
    private readonly limiter: LoginRateLimiter,
  ) {}

  /**
   * A new applicant of the center it names (default: the root center), signed in at once. A taken phone or
   * e-mail: 409 ACCOUNT_EXISTS; an unknown center: 404 CENTER_NOT_FOUND.
   */
  async register(input: RegisterInput, clientIp: string): Promise<LoginResult> {
    const named = accountName(input.phone ?? input.email ?? '');
    if (!named) throw badRequest('VALIDATION_FAILED', '请填写手机号或电子邮箱');
    // Counted (self-service, on the address too): registration must not be a free way to probe which accounts exist.
    const attempt = await this.limiter.reserve(clientIp, named.username, 'self-service');
    const passwordHash = await this.passwords.hash(input.password);
    const centerId = await this.homeCenter(input.centerId);
    try {
      const user = await this.db.getRepository(UserEntity).save({
        username: named.username,
        name: input.name,
        passwordHash,
        roles: ['applicant'],
        department: null,
        centerId,
        phone: named.kind === 'phone' ? named.username : null,
        email: named.kind === 'email' ? named.username : null,
      });
      await this.limiter.succeeded(attempt);
      return this.auth.session(user);
    } catch (error) {
      if (isUniqueViolation(error)) throw conflict('ACCOUNT_EXISTS', '该手机号或电子邮箱已注册，请直接登录或找回密码');
      throw error;
    }
  }

  /** Any center of the deployment may be an applicant's home: applicants apply at every center anyway. */
  private async homeCenter(requested: string | undefined): Promise<string> {
    if (requested === undefined) return this.centers.id();
    const [center] = await this.db.query(`SELECT id FROM center WHERE id = $1`, [requested]);
    if (!center) throw notFound('CENTER_NOT_FOUND', `中心 ${requested} 不存在`);
    return requested;
  }

  /**
   * A fresh 6-digit code for the account, stored hashed and sent (outbox, same transaction) to its phone or
   * e-mail. Nothing tells the caller whether the account exists: the route answers 202 either way.
   */
  async requestReset(account: string, clientIp: string): Promise<void> {
    const named = accountName(account);
    if (!named) return;
    // Self-service: requesting codes for an account never uses up its sign-ins (no lock-out by reset requests).
    await this.limiter.reserve(clientIp, named.username, 'self-service');
    const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    const codeHash = await this.passwords.hash(code);
    const expiresAt = new Date(this.clock.now().getTime() + RESET_CODE_MINUTES * 60_000);
    await this.db.transaction(async (manager) => {
      const [user]: Pick<UserEntity, 'id' | 'username' | 'centerId' | 'email' | 'phone'>[] = await manager.query(
        `SELECT id, username, center_id AS "centerId", email, phone FROM app_user
         WHERE username = $1 AND disabled_at IS NULL AND demo = false`,
        [named.username],
      );
      if (!user || !(user.email || user.phone)) return;
      await manager.query(
        `INSERT INTO password_reset (user_id, code_hash, expires_at, attempts) VALUES ($1, $2, $3, 0)
         ON CONFLICT (user_id) DO UPDATE SET code_hash = EXCLUDED.code_hash, expires_at = EXCLUDED.expires_at, attempts = 0`,
        [user.id, codeHash, expiresAt],
      );
      await Outbox.enqueue(manager, {
        centerId: user.centerId,
        recipient: { username: user.username, email: user.email ?? undefined, phone: user.phone ?? undefined },
        kind: 'password-reset-code',
        params: { code, minutes: RESET_CODE_MINUTES },
      });
    });
  }

  /** The right code, unexpired and within its tries, sets the password and revokes every token; then it is gone. */
  async confirmReset(input: ResetConfirmInput): Promise<void> {
    const named = accountName(input.account);
    if (!named) throw invalidCode();
    const passwordHash = await this.passwords.hash(input.password);
    const outcome = await this.db.transaction(async (manager) => {
      const [reset]: { userId: string; codeHash: string; expiresAt: Date; attempts: number }[] = await manager.query(
        `SELECT r.user_id AS "userId", r.code_hash AS "codeHash", r.expires_at AS "expiresAt", r.attempts
         FROM password_reset r JOIN app_user u ON u.id = r.user_id
         WHERE u.username = $1 FOR UPDATE OF r`,
        [named.username],
      );
      if (!reset || !resetCodeUsable(reset, this.clock.now())) return 'invalid';
      if (!(await this.passwords.verify(reset.codeHash, input.code))) {
        await manager.query(`UPDATE password_reset SET attempts = attempts + 1 WHERE user_id = $1`, [reset.userId]);
        return 'invalid';
      }
      await manager.query(`UPDATE app_user SET password_hash = $2, token_version = token_version + 1 WHERE id = $1`, [
        reset.userId,
        passwordHash,
      ]);
      await manager.query(`DELETE FROM password_reset WHERE user_id = $1`, [reset.userId]);
      return 'done';
    });
    if (outcome === 'invalid') throw invalidCode();
  }
}
