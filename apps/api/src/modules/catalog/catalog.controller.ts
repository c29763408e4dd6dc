import { Body, Controller, Get, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOperation, ApiQuery, ApiResponse, ApiTags } from '@nestjs/swagger';
import { parseInput } from '../../common/zod-body';
import { type AuthUser, CurrentUser, Public, Roles } from '../identity';
import { openApiSchema } from '../definitions/openapi-schema.util';
import { CatalogService } from './catalog.service';
import type { CatalogItemDto } from './dtos/catalog-item.dto';
import { catalogItemInputSchema, catalogItemUpdateSchema, catalogQuerySchema } from './dtos/catalog-item.input';

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
  list(@Query() query: unknown): Promise<CatalogItemDto[]> {
    return this.catalog.list(parseInput(catalogQuerySchema, query));
  }

  @Public()
  @Get(':code')
  @ApiOperation({ summary: '单个事项的办事指南（无需登录）' })
  @ApiResponse({ status: 404, description: 'CATALOG_ITEM_NOT_FOUND' })
  get(@Param('code') code: string): Promise<CatalogItemDto> {
    return this.catalog.get(code);
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
  @ApiResponse({ status: 403, description: 'NOT_YOUR_CENTER' })
  @ApiResponse({ status: 404, description: 'CATALOG_ITEM_NOT_FOUND' })
  update(@Param('code') code: string, @Body() body: unknown, @CurrentUser() user: AuthUser): Promise<CatalogItemDto> {
    return this.catalog.update(user, code, parseInput(catalogItemUpdateSchema, body));
  }
}
