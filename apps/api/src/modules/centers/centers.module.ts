import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CenterSettingsController } from './center-settings.controller';
import { CenterSettingsService } from './center-settings.service';
import { CatalogResolver } from './catalog-resolver.service';
import { CentersService } from './centers.service';
import { DemoCentersSeeder } from './demo-centers.seeder';
import { DepartmentsController } from './departments.controller';
import { CenterEntity } from './entities/center.entity';
import { DepartmentEntity } from './entities/department.entity';

@Global()
@Module({
  imports: [TypeOrmModule.forFeature([CenterEntity, DepartmentEntity])],
  controllers: [DepartmentsController, CenterSettingsController],
  providers: [CentersService, CenterSettingsService, DemoCentersSeeder, CatalogResolver],
  exports: [CentersService, CenterSettingsService, DemoCentersSeeder, CatalogResolver],
})
export class CentersModule {}
