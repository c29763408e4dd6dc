import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Inbox projection of the engine's task effects. */
@Entity('task')
export class TaskEntity {
  @PrimaryColumn({ type: 'text' }) id!: string;
  @Column({ name: 'center_id', type: 'text' }) centerId!: string;
  @Column({ name: 'application_id', type: 'uuid' }) applicationId!: string;
  @Column({ name: 'node_id', type: 'text' }) nodeId!: string;
  @Column({ name: 'node_name', type: 'text', nullable: true }) nodeName!: string | null;
  @Column({ type: 'text', nullable: true }) department!: string | null;
  @Column({ name: 'candidate_roles', type: 'text', array: true }) candidateRoles!: string[];
  @Column({ name: 'candidate_users', type: 'text', array: true }) candidateUsers!: string[];
  @Column({ type: 'text' }) status!: 'open' | 'closed';
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column({ type: 'timestamptz', nullable: true }) deadline!: Date | null;
  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true }) closedAt!: Date | null;
  @Column({ name: 'close_reason', type: 'text', nullable: true }) closeReason!: string | null;
  @Column({ name: 'completed_by', type: 'text', nullable: true }) completedBy!: string | null;
  @Column({ name: 'on_behalf_of', type: 'text', nullable: true }) onBehalfOf!: string | null;
  @Column({ type: 'text', nullable: true }) decision!: string | null;
  @Column({ type: 'text', nullable: true }) comment!: string | null;
}
