export type { AbPairDto, AbsenceDto } from './dtos/absence.dto';
export { AbPairEntity } from './entities/ab-pair.entity';
export { AbsenceEntity } from './entities/absence.entity';
export { StaffModule } from './staff.module';
export { StaffService } from './staff.service';
