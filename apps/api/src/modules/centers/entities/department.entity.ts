import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A department stationed in a center (its window and back office); `code` is unique within the center. */
@Entity('department')
export class DepartmentEntity {
  @PrimaryColumn({ name: 'center_id', type: 'text' }) centerId!: string;
  @PrimaryColumn({ type: 'text' }) code!: string;
  @Column({ type: 'text' }) name!: string;
}
