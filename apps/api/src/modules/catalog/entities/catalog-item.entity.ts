import { Column, Entity, PrimaryColumn } from 'typeorm';

export interface CatalogMaterial {
  code: string;
  name: string;
  required: boolean;
}

/** A service item of the public catalog (八公开): what, by which law, with which materials, how fast, at what cost. */
@Entity('catalog_item')
export class CatalogItemEntity {
  /** Codes are unique within a center: two centers may each have an item `x`. */
  @PrimaryColumn({ name: 'center_id', type: 'text' }) centerId!: string;
  @PrimaryColumn({ type: 'text' }) code!: string;
  @Column({ type: 'text' }) name!: string;
  @Column({ type: 'text' }) department!: string;
  @Column({ name: 'legal_basis', type: 'text' }) legalBasis!: string;
  @Column({ type: 'jsonb' }) materials!: CatalogMaterial[];
  @Column({ name: 'flow_key', type: 'text' }) flowKey!: string;
  @Column({ name: 'statutory_days', type: 'integer' }) statutoryDays!: number;
  @Column({ name: 'promised_days', type: 'integer' }) promisedDays!: number;
  @Column({ type: 'text', default: '不收费' }) fees!: string;
  @Column({ name: 'window_authority', type: 'text', default: '' }) windowAuthority!: string;
  /** §42 ¶2 联合办理: the item is handled jointly; one extension may reach 15 working days. */
  @Column({ name: 'joint_handling', type: 'boolean', default: false }) jointHandling!: boolean;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' }) createdAt!: Date;
  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' }) updatedAt!: Date;
  /** Retired (停用): out of the public catalog, no new applications; running ones go on. */
  @Column({ name: 'retired_at', type: 'timestamptz', nullable: true }) retiredAt!: Date | null;
  @Column({ name: 'retired_by', type: 'text', nullable: true }) retiredBy!: string | null;
}
