import { Column, Entity, PrimaryColumn, VersionColumn } from 'typeorm';

/** The engine's persisted snapshot of one application; `version` is the optimistic-concurrency counter. */
@Entity('process_instance')
export class ProcessInstanceEntity {
  @PrimaryColumn({ name: 'application_id', type: 'uuid' }) applicationId!: string;
  @Column({ name: 'center_id', type: 'text' }) centerId!: string;
  @Column({ name: 'flow_key', type: 'text' }) flowKey!: string;
  @Column({ name: 'flow_version', type: 'integer' }) flowVersion!: number;
  @Column({ type: 'jsonb' }) snapshot!: unknown;
  @VersionColumn({ type: 'integer' }) version!: number;
  @Column({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
