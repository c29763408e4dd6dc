import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A durable timer: claimed with FOR UPDATE SKIP LOCKED and fired in the same transaction as its step. */
@Entity('timer')
export class TimerEntity {
  @PrimaryColumn({ type: 'text' }) id!: string;
  @Column({ name: 'center_id', type: 'text' }) centerId!: string;
  @Column({ name: 'application_id', type: 'uuid' }) applicationId!: string;
  @Column({ name: 'node_id', type: 'text', nullable: true }) nodeId!: string | null;
  @Column({ type: 'text' }) purpose!: string;
  @Column({ name: 'due_at', type: 'timestamptz' }) dueAt!: Date;
  @Column({ type: 'text' }) status!: 'pending' | 'fired' | 'cancelled';
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column({ name: 'fired_at', type: 'timestamptz', nullable: true }) firedAt!: Date | null;
}
