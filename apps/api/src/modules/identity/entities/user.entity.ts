import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Role } from '../auth-user';

@Entity('app_user')
export class UserEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'center_id', type: 'text' }) centerId!: string;
  @Column({ type: 'text', unique: true }) username!: string;
  @Column({ type: 'text' }) name!: string;
  @Column({ name: 'password_hash', type: 'text' }) passwordHash!: string;
  @Column({ type: 'text', array: true }) roles!: Role[];
  @Column({ type: 'text', nullable: true }) department!: string | null;
  /** Office phone (办公电话) of a staff user; null for applicants. */
  @Column({ type: 'text', nullable: true }) phone!: string | null;
  @Column({ name: 'chief_representative', type: 'boolean', default: false }) chiefRepresentative!: boolean;
  /** Seeded demo account (password = username): refused at login and by the guard outside demo mode. */
  @Column({ type: 'boolean', default: false }) demo!: boolean;
  /** E-mail address for the notification channels; null when none. */
  @Column({ type: 'text', nullable: true }) email!: string | null;
  /** Set when an admin disabled the account: it can no longer log in, its tokens are refused. */
  @Column({ name: 'disabled_at', type: 'timestamptz', nullable: true }) disabledAt!: Date | null;
  /** Bumped on a password reset, logout or disabling; a token carrying an older version is refused. */
  @Column({ name: 'token_version', type: 'integer', default: 0 }) tokenVersion!: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
