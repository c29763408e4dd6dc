export { centerLineage, centerSubtree, isTopLevelCenter } from './center-tree';
export type { CenterNode } from './center-tree';
export {
  definitionAccess,
  mayEditDefinition,
  mayUseDefinition,
  mayViewDefinitionVersion,
  visibleDefinitions,
} from './definition-access';
export type { DefinitionAccess, DefinitionAccessFacts } from './definition-access';
export { catalogItemAccess, intakeRefusal, mayEditCatalogItem, resolveCatalogCenter } from './catalog-tenancy';
export type { CatalogResolution, CatalogResolutionFacts, IntakeFacts, IntakeRefusal } from './catalog-tenancy';
