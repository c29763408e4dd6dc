import { Column, Entity, PrimaryColumn } from 'typeorm';

export type FlowDefinitionStatus = 'draft' | 'published' | 'retired';

/**
 * One version of a flow. A row never changes its definition: every save is a new version, and only
 * `status` / `published_at` move (draft → published), so (key, version) can be cached forever.
 */
@Entity('flow_definition')
export class FlowDefinitionEntity {
  @PrimaryColumn({ type: 'text' }) key!: string;
  @PrimaryColumn({ type: 'integer' }) version!: number;
  @Column({ type: 'text' }) status!: FlowDefinitionStatus;
  @Column({ type: 'text' }) name!: string;
  /** The flow as flow-format.md describes it, with the schema's defaults filled in. */
  @Column({ type: 'jsonb' }) definition!: object;
  /** `flowChecksum(definition)`: equal checksums mean the same flow (layout and key order ignored). */
  @Column({ type: 'text' }) checksum!: string;
  @Column({ name: 'created_by', type: 'text', nullable: true }) createdBy!: string | null;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' }) createdAt!: Date;
  @Column({ name: 'published_at', type: 'timestamptz', nullable: true }) publishedAt!: Date | null;
  /** Who published this version (a username; a shipped flow's file for flows published at start-up). */
  @Column({ name: 'published_by', type: 'text', nullable: true }) publishedBy!: string | null;
  /** The publisher's note (版本说明), written when publishing. */
  @Column({ type: 'text', nullable: true }) note!: string | null;
  /** The center the key belongs to (the same on every version); null for a flow shipped in workflows/*.json. */
  @Column({ name: 'center_id', type: 'text', nullable: true }) centerId!: string | null;
}
