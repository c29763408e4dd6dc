import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOperation, ApiParam, ApiResponse, ApiTags } from '@nestjs/swagger';
import { flowDefinitionSchema } from '@tongban/flow-model';
import { parseInput } from '../../common/zod-body';
import { type AuthUser, CurrentUser, Roles } from '../identity';
import { DefinitionsService, type FlowAccess } from './definitions.service';
import { openApiSchema } from './openapi-schema.util';
import { publishInputSchema, versionParamSchema } from './dtos/definitions.input';
import {
  type FlowStatusDto,
  type FlowSummaryDto,
  toFlowStatusDto,
  toFlowVersionDto,
  toFlowVersionSummaryDto,
  type FlowVersion,
  type FlowVersionDto,
  type FlowVersionSummaryDto,
} from './dtos/flow-definition.dto';

const flowBody = { schema: openApiSchema(flowDefinitionSchema) };

@ApiTags('definitions')
@ApiBearerAuth()
@ApiResponse({ status: 401, description: '未登录' })
@ApiResponse({ status: 403, description: '需要管理员角色' })
@Roles('admin')
@Controller('definitions')
export class DefinitionsController {
  constructor(private readonly definitions: DefinitionsService) {}

  @Get()
  @ApiOperation({ summary: '流程列表（本中心及下级中心的流程，上级中心与系统内置流程的已发布版本）' })
  list(@CurrentUser() user: AuthUser): Promise<FlowSummaryDto[]> {
    return this.definitions.list(user.centerId);
  }

  @Post()
  @ApiOperation({ summary: '保存为新草稿版本（同一 key 版本号递增）；草稿可以未通过校验，但须符合格式' })
  @ApiBody(flowBody)
  @ApiResponse({ status: 201, description: '{ key, version, status: "draft" }' })
  @ApiResponse({ status: 400, description: 'FLOW_SCHEMA_INVALID：不符合流程定义格式' })
  @ApiResponse({ status: 403, description: 'DEFINITION_NOT_EDITABLE：上级中心或系统内置的流程，只能使用' })
  @ApiResponse({ status: 409, description: 'DEFINITION_KEY_TAKEN：流程编码已被其他中心使用' })
  async create(@Body() body: unknown, @CurrentUser() user: AuthUser): Promise<FlowStatusDto> {
    return toFlowStatusDto(await this.definitions.createDraft(body, user));
  }

  @Post('validate')
  @HttpCode(200)
  @ApiOperation({ summary: '校验流程定义（不保存）' })
  @ApiBody(flowBody)
  @ApiResponse({ status: 200, description: '{ valid, errors: [{ nodeId?, edgeId?, code, message }] }' })
  validate(@Body() body: unknown, @CurrentUser() user: AuthUser) {
    return this.definitions.validate(body, user.centerId);
  }

  @Post(':key/publish')
  @HttpCode(200)
  @ApiOperation({ summary: '发布：默认发布最新草稿；与当前发布版本内容相同则不产生新版本' })
  @ApiParam({ name: 'key' })
  @ApiBody({
    required: false,
    schema: {
      type: 'object',
      properties: { version: { type: 'integer', minimum: 1 }, note: { type: 'string', maxLength: 500 } },
    },
  })
  @ApiResponse({ status: 200, description: '{ key, version, status: "published" }' })
  @ApiResponse({ status: 403, description: 'DEFINITION_NOT_EDITABLE：上级中心或系统内置的流程，只能使用' })
  @ApiResponse({ status: 404, description: 'DEFINITION_NOT_FOUND / DEFINITION_VERSION_NOT_FOUND' })
  @ApiResponse({ status: 409, description: 'DRAFT_SUPERSEDED：草稿早于当前发布版本' })
  @ApiResponse({ status: 422, description: 'FLOW_INVALID：details 列出 { nodeId?, edgeId?, code, message }' })
  async publish(
    @Param('key') key: string,
    @Body() body: unknown,
    @CurrentUser() user: AuthUser,
  ): Promise<FlowStatusDto> {
    const { version, note } = parseInput(publishInputSchema, body ?? {});
    return toFlowStatusDto(
      await this.definitions.publish(key, version, user.centerId, { username: user.username, note }),
    );
  }

  @Get(':key')
  @ApiOperation({ summary: '最新版本（任意状态），含定义 JSON' })
  @ApiResponse({ status: 404, description: 'DEFINITION_NOT_FOUND' })
  async latest(@Param('key') key: string, @CurrentUser() user: AuthUser): Promise<FlowVersionDto> {
    const access = await this.definitions.accessTo(key, user.centerId);
    const flow = await this.definitions.latest(access);
    return this.detail(flow, access, user);
  }

  @Get(':key/versions')
  @ApiOperation({ summary: '全部版本，新的在前（不含定义 JSON）' })
  @ApiResponse({ status: 404, description: 'DEFINITION_NOT_FOUND' })
  async versions(@Param('key') key: string, @CurrentUser() user: AuthUser): Promise<FlowVersionSummaryDto[]> {
    const access = await this.definitions.accessTo(key, user.centerId);
    const versions = await this.definitions.versions(access);
    const current = versions.find((flow) => flow.status === 'published')?.version ?? null;
    const names = await this.definitions.authorNames(versions);
    return versions.map((flow) => toFlowVersionSummaryDto(flow, current, names, access.access === 'edit'));
  }

  @Get(':key/versions/:version')
  @ApiOperation({ summary: '指定版本，含定义 JSON' })
  @ApiResponse({ status: 404, description: 'DEFINITION_NOT_FOUND / DEFINITION_VERSION_NOT_FOUND' })
  async version(
    @Param('key') key: string,
    @Param('version') rawVersion: string,
    @CurrentUser() user: AuthUser,
  ): Promise<FlowVersionDto> {
    const access = await this.definitions.accessTo(key, user.centerId);
    const flow = await this.definitions.get(access, parseInput(versionParamSchema, rawVersion));
    return this.detail(flow, access, user);
  }

  /** A draft shows what keeps it from being published in its flow's center (a published version: none). */
  private async detail(flow: FlowVersion, access: FlowAccess, user: AuthUser): Promise<FlowVersionDto> {
    const names = await this.definitions.authorNames([flow]);
    const current = await this.definitions.currentVersion(flow.key);
    const dto = toFlowVersionDto(flow, current, names, access.access === 'edit');
    if (dto.status !== 'draft') return { ...dto, errors: [] };
    const center = access.owner ?? user.centerId;
    return { ...dto, errors: (await this.definitions.validate(dto.definition, center)).errors };
  }
}
