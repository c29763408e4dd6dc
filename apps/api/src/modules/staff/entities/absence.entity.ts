import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A staff member's absence over [from, to). */
@Entity('absence')
export class AbsenceEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'center_id', type: 'text' }) centerId!: string;
  @Column({ type: 'text' }) username!: string;
  @Column({ name: 'from_at', type: 'timestamptz' }) from!: Date;
  @Column({ name: 'to_at', type: 'timestamptz' }) to!: Date;
  @Column({ name: 'created_by', type: 'text' }) createdBy!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
