import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { catalogItemQuerySchema } from '@tongban/api-contract';
import { parseInput } from '../../common/zod-body';
import { type AuthUser, CurrentUser, Public } from '../identity';
import type { ProcedureDto } from './procedure.dto';
import { ProceduresService } from './procedures.service';
import { UuidParam } from '../../common/hostile-input.middleware';

@ApiTags('procedures')
@Controller()
export class ProceduresController {
  constructor(private readonly procedures: ProceduresService) {}

  @Public()
  @Get('catalog/:code/flow')
  @ApiOperation({ summary: '事项的办理流程（当前发布版本，无需登录）' })
  @ApiQuery({ name: 'center', required: false, description: '事项所属的政务服务中心' })
  ofItem(@Param('code') code: string, @Query() query: unknown, @CurrentUser() user?: AuthUser): Promise<ProcedureDto> {
    const { center } = parseInput(catalogItemQuerySchema, query);
    return this.procedures.ofItem(code, { requested: center, caller: user?.centerId });
  }

  @ApiBearerAuth()
  @Get('applications/:id/flow')
  @ApiOperation({ summary: '办件所用的流程版本（申请人本人或本中心工作人员）' })
  ofApplication(@CurrentUser() user: AuthUser, @Param('id', UuidParam) id: string): Promise<ProcedureDto> {
    return this.procedures.ofApplication(user, id);
  }
}
