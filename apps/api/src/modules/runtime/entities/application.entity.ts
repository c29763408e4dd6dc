import type { ItemCards } from '@tongban/flow-engine';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** 办件: one applicant's item, with the figures the inbox and supervision read without opening the snapshot. */
@Entity('application')
export class ApplicationEntity {
  @PrimaryColumn({ type: 'uuid' }) id!: string;
  @Column({ name: 'center_id', type: 'text' }) centerId!: string;
  @Column({ name: 'receipt_no', type: 'text' }) receiptNo!: string;
  @Column({ name: 'item_code', type: 'text' }) itemCode!: string;
  @Column({ name: 'flow_key', type: 'text' }) flowKey!: string;
  @Column({ name: 'flow_version', type: 'integer' }) flowVersion!: number;
  @Column({ type: 'text' }) applicant!: string;
  @Column({ type: 'text' }) channel!: string;
  @Column({ type: 'jsonb' }) data!: Record<string, unknown>;
  @Column({ type: 'jsonb' }) materials!: { code: string }[];
  @Column({ type: 'text' }) status!: string;
  @Column({ name: 'first_inquiry_officer', type: 'text', nullable: true }) firstInquiryOfficer!: string | null;
  @Column({ name: 'accepted_at', type: 'timestamptz', nullable: true }) acceptedAt!: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) deadline!: Date | null;
  @Column({ name: 'clock_paused', type: 'boolean' }) clockPaused!: boolean;
  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true }) completedAt!: Date | null;
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
  /** When the item's and its running steps' cards change (`ItemCards`); null on rows written before it existed. */
  @Column({ type: 'jsonb', nullable: true }) cards!: ItemCards | null;
}
