import { Column, Entity, PrimaryColumn } from 'typeorm';

/** AB岗: while A is absent, B takes A's tasks and acts with A's authority. */
@Entity('ab_pair')
export class AbPairEntity {
  @PrimaryColumn({ name: 'a_username', type: 'text' }) aUsername!: string;
  @Column({ name: 'b_username', type: 'text', unique: true }) bUsername!: string;
  @Column({ name: 'center_id', type: 'text' }) centerId!: string;
}
