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
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
