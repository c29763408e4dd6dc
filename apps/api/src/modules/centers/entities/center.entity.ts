import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

export type CenterLevel = 'province' | 'city' | 'county';

/** A service center (政务服务中心); centers form the 三级联网 tree province → city → county. */
@Entity('center')
export class CenterEntity {
  @PrimaryColumn({ type: 'text' }) id!: string;
  @Column({ type: 'text' }) name!: string;
  @Column({ type: 'text' }) level!: CenterLevel;
  @Column({ name: 'parent_id', type: 'text', nullable: true }) parentId!: string | null;
  @Column({ name: 'time_zone', type: 'text', default: 'Asia/Shanghai' }) timeZone!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
