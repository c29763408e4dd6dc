import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type AuthUser, CurrentUser, Public } from '../identity';
import type { ProcedureDto } from './procedure.dto';
import { ProceduresService } from './procedures.service';

@ApiTags('procedures')
@Controller()
export class ProceduresController {
  constructor(private readonly procedures: ProceduresService) {}

  @Public()
  @Get('catalog/:code/flow')
  @ApiOperation({ summary: '事项的办理流程（当前发布版本，无需登录）' })
  ofItem(@Param('code') code: string): Promise<ProcedureDto> {
    return this.procedures.ofItem(code);
  }

  @ApiBearerAuth()
  @Get('applications/:id/flow')
  @ApiOperation({ summary: '办件所用的流程版本（申请人本人或本中心工作人员）' })
  ofApplication(@CurrentUser() user: AuthUser, @Param('id') id: string): Promise<ProcedureDto> {
    return this.procedures.ofApplication(user, id);
  }
}
