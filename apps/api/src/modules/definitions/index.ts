export { DefinitionsModule } from './definitions.module';
export { DefinitionsService } from './definitions.service';
export { ShippedFlowsLoader } from './shipped-flows.loader';
export type { FlowVersion } from './dtos/flow-definition.dto';
export { FlowDefinitionEntity, type FlowDefinitionStatus } from './entities/flow-definition.entity';
