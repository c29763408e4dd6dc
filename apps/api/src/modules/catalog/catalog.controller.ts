import { Body, Controller, Delete, Get, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOperation, ApiQuery, ApiResponse, ApiTags } from '@nestjs/swagger';
import { parseInput } from '../../common/zod-body';
import { type AuthUser, CurrentUser, Public, Roles } from '../identity';
import { openApiSchema } from '../definitions/openapi-schema.util';
import { CatalogService } from './catalog.service';
import type { CatalogItemDto } from './dtos/catalog-item.dto';
import {
  catalogItemInputSchema,
  catalogItemQuerySchema,
  catalogItemUpdateSchema,
  catalogQuerySchema,
} from './dtos/catalog-item.input';

const itemBody = { schema: openApiSchema(catalogItemInputSchema) };
const itemUpdateBody = { schema: openApiSchema(catalogItemUpdateSchema) };

@ApiTags('catalog')
@Controller('catalog')
export class CatalogController {
  constructor(private readonly catalog: CatalogService) {}

  @Public()
  @Get()
  @ApiOperation({ summary: '事项目录（八公开，无需登录）' })
  @ApiQuery({ name: 'q', required: false, description: '按事项名称或编码搜索' })
  @ApiQuery({ name: 'center', required: false, description: '只看某个政务服务中心的事项' })
  @ApiQuery({ name: 'includeRetired', required: false, description: 'true：也列出已停用的事项' })
  list(@Query() query: unknown): Promise<CatalogItemDto[]> {
    return this.catalog.list(parseInput(catalogQuerySchema, query));
  }

  @Public()
  @Get(':code')
  @ApiOperation({ summary: '单个事项的办事指南（无需登录）；编码在中心内唯一，默认取调用者所在中心或默认中心' })
  @ApiQuery({ name: 'center', required: false, description: '事项所属的政务服务中心' })
  @ApiResponse({ status: 404, description: 'CATALOG_ITEM_NOT_FOUND' })
  @ApiResponse({ status: 409, description: 'CATALOG_CODE_AMBIGUOUS：多个中心有此编码，请用 ?center= 指明' })
  get(@Param('code') code: string, @Query() query: unknown, @CurrentUser() user?: AuthUser): Promise<CatalogItemDto> {
    const { center } = parseInput(catalogItemQuerySchema, query);
    return this.catalog.get(code, { requested: center, caller: user?.centerId });
  }

  @ApiBearerAuth()
  @Roles('admin')
  @Post()
  @ApiOperation({ summary: '新增事项（属于管理员所在中心）；材料取自流程受理环节' })
  @ApiBody(itemBody)
  @ApiResponse({ status: 201, description: '新增的事项' })
  @ApiResponse({
    status: 400,
    description: 'VALIDATION_FAILED / FLOW_NOT_PUBLISHED / PROMISE_EXCEEDS_STATUTORY / MATERIALS_MISMATCH',
  })
  @ApiResponse({ status: 409, description: 'CATALOG_ITEM_EXISTS' })
  create(@Body() body: unknown, @CurrentUser() user: AuthUser): Promise<CatalogItemDto> {
    return this.catalog.create(user, parseInput(catalogItemInputSchema, body));
  }

  @ApiBearerAuth()
  @Roles('admin')
  @Put(':code')
  @ApiOperation({ summary: '修改事项（整体替换；只能修改本中心的事项）' })
  @ApiBody(itemUpdateBody)
  @ApiResponse({ status: 200, description: '修改后的事项' })
  @ApiResponse({
    status: 400,
    description:
      'VALIDATION_FAILED / FLOW_NOT_PUBLISHED / PROMISE_EXCEEDS_STATUTORY / MATERIALS_MISMATCH / CODE_MISMATCH',
  })
  @ApiQuery({ name: 'center', required: false, description: '事项所属中心（本中心或下级中心；默认本中心）' })
  @ApiResponse({ status: 403, description: 'NOT_YOUR_CENTER：上级中心的事项' })
  @ApiResponse({ status: 404, description: 'CATALOG_ITEM_NOT_FOUND' })
  @ApiResponse({ status: 409, description: 'CATALOG_ITEM_RETIRED / CATALOG_CODE_AMBIGUOUS' })
  update(
    @Param('code') code: string,
    @Body() body: unknown,
    @Query() query: unknown,
    @CurrentUser() user: AuthUser,
  ): Promise<CatalogItemDto> {
    const { center } = parseInput(catalogItemQuerySchema, query);
    return this.catalog.update(user, code, parseInput(catalogItemUpdateSchema, body), center);
  }

  @ApiBearerAuth()
  @Roles('admin')
  @Delete(':code')
  @ApiOperation({ summary: '停用事项：移出公开目录，不再受理新申请；在办件照常办结，事项仍可查阅' })
  @ApiQuery({ name: 'center', required: false, description: '事项所属中心（本中心或下级中心；默认本中心）' })
  @ApiResponse({ status: 200, description: '停用后的事项（retiredAt 已填）' })
  @ApiResponse({ status: 403, description: 'NOT_YOUR_CENTER：上级中心的事项' })
  @ApiResponse({ status: 404, description: 'CATALOG_ITEM_NOT_FOUND' })
  retire(@Param('code') code: string, @Query() query: unknown, @CurrentUser() user: AuthUser): Promise<CatalogItemDto> {
    const { center } = parseInput(catalogItemQuerySchema, query);
    return this.catalog.retire(user, code, center);
  }
}
