export { CentersModule } from './centers.module';
export { CentersService } from './centers.service';
export { DEMO_CITY, DEMO_COUNTY, DemoCentersSeeder } from './demo-centers.seeder';
export { CenterEntity, type CenterLevel } from './entities/center.entity';
export { DepartmentEntity } from './entities/department.entity';
export { CenterSettingsService, type CenterSettingsDto } from './center-settings.service';
export { CatalogResolver, type CatalogLookup, catalogItemNotFound } from './catalog-resolver.service';
