import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AbPairEntity } from './entities/ab-pair.entity';
import { AbsenceEntity } from './entities/absence.entity';
import { StaffController } from './staff.controller';
import { StaffService } from './staff.service';

@Global()
@Module({
  imports: [TypeOrmModule.forFeature([AbPairEntity, AbsenceEntity])],
  controllers: [StaffController],
  providers: [StaffService],
  exports: [StaffService],
})
export class StaffModule {}
