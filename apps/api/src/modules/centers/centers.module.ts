import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CentersService } from './centers.service';
import { DemoCentersSeeder } from './demo-centers.seeder';
import { DepartmentsController } from './departments.controller';
import { CenterEntity } from './entities/center.entity';
import { DepartmentEntity } from './entities/department.entity';

@Global()
@Module({
  imports: [TypeOrmModule.forFeature([CenterEntity, DepartmentEntity])],
  controllers: [DepartmentsController],
  providers: [CentersService, DemoCentersSeeder],
  exports: [CentersService, DemoCentersSeeder],
})
export class CentersModule {}
