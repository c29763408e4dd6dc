import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One row per state change, never updated or deleted (a trigger enforces it): the audit trail and replay source. */
@Entity('instance_event')
export class InstanceEventEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id!: string;
  @Column({ name: 'center_id', type: 'text' }) centerId!: string;
  @Column({ name: 'application_id', type: 'uuid' }) applicationId!: string;
  @Column({ name: 'instance_version', type: 'integer' }) instanceVersion!: number;
  @Column({ type: 'timestamptz' }) at!: Date;
  @Column({ name: 'recorded_at', type: 'timestamptz' }) recordedAt!: Date;
  @Column({ type: 'text' }) actor!: string;
  @Column({ name: 'on_behalf_of', type: 'text', nullable: true }) onBehalfOf!: string | null;
  @Column({ type: 'text' }) command!: string;
  @Column({ name: 'node_id', type: 'text', nullable: true }) nodeId!: string | null;
  @Column({ name: 'from_status', type: 'text', nullable: true }) fromStatus!: string | null;
  @Column({ name: 'to_status', type: 'text' }) toStatus!: string;
  @Column({ type: 'jsonb' }) payload!: Record<string, unknown>;
}
