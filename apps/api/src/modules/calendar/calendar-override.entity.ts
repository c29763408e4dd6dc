import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('calendar_override')
export class CalendarOverrideEntity {
  @PrimaryColumn({ name: 'center_id', type: 'text' })
  centerId!: string;

  @PrimaryColumn({ type: 'date' })
  date!: string;

  @Column({ type: 'boolean' })
  workday!: boolean;

  @Column({ type: 'text' })
  note!: string;
}
