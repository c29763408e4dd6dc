export { CatalogModule } from './catalog.module';
export { CatalogService } from './catalog.service';
export type { CatalogItemDto } from './dtos/catalog-item.dto';
export { CatalogItemEntity, type CatalogMaterial } from './entities/catalog-item.entity';
