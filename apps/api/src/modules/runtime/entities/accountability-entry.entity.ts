import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** 责任追究台账: one fault, with an owner and a deadline until it is closed (销号) with a note. */
@Entity('accountability_entry')
export class AccountabilityEntryEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'center_id', type: 'text' }) centerId!: string;
  @Column({ name: 'application_id', type: 'uuid', nullable: true }) applicationId!: string | null;
  @Column({ type: 'text' }) kind!: string;
  @Column({ type: 'text', nullable: true }) department!: string | null;
  @Column({ type: 'text', nullable: true }) officer!: string | null;
  @Column({ name: 'node_id', type: 'text', nullable: true }) nodeId!: string | null;
  @Column({ type: 'text' }) note!: string;
  @Column({ type: 'timestamptz' }) at!: Date;
  @Column({ type: 'text', nullable: true }) owner!: string | null;
  @Column({ name: 'due_date', type: 'date', nullable: true }) dueDate!: string | null;
  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true }) closedAt!: Date | null;
  @Column({ name: 'closed_by', type: 'text', nullable: true }) closedBy!: string | null;
  @Column({ name: 'close_note', type: 'text', nullable: true }) closeNote!: string | null;
}
