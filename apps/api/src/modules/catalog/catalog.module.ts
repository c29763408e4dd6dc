import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CentersModule } from '../centers/centers.module';
import { DefinitionsModule } from '../definitions/definitions.module';
import { CatalogController } from './catalog.controller';
import { CatalogService } from './catalog.service';
import { DemoCatalogSeeder } from './demo-catalog.seeder';
import { CatalogItemEntity } from './entities/catalog-item.entity';

/** The public service catalog (八公开) and, in demo mode, the demo city's items. */
@Module({
  imports: [TypeOrmModule.forFeature([CatalogItemEntity]), CentersModule, DefinitionsModule],
  controllers: [CatalogController],
  providers: [CatalogService, DemoCatalogSeeder],
  exports: [CatalogService],
})
export class CatalogModule {}
