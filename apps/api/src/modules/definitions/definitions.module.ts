import { Module } from '@nestjs/common';
import { CatalogChanges } from './catalog-changes.service';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DefinitionsController } from './definitions.controller';
import { DefinitionsService } from './definitions.service';
import { FlowDefinitionEntity } from './entities/flow-definition.entity';
import { ShippedFlowsLoader } from './shipped-flows.loader';

/** Versioned flow definitions (admin) and the flows shipped in workflows/*.json. */
@Module({
  imports: [TypeOrmModule.forFeature([FlowDefinitionEntity])],
  controllers: [DefinitionsController],
  providers: [CatalogChanges, DefinitionsService, ShippedFlowsLoader],
  exports: [CatalogChanges, DefinitionsService, ShippedFlowsLoader],
})
export class DefinitionsModule {}
