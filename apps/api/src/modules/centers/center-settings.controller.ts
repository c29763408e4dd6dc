import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { parseInput } from '../../common/zod-body';
import { ClockService } from '../clock/clock.service';
// Direct file imports, not '../identity': the identity module imports this one.
import type { AuthUser } from '../identity/auth-user';
import { CurrentUser, Roles } from '../identity/auth.decorators';
import { type CenterSettingsDto, CenterSettingsService } from './center-settings.service';
import { CentersService } from './centers.service';
import { centerSettingsInputSchema } from './dtos/center-settings.input';

@ApiTags('centers')
@ApiBearerAuth()
@Controller('centers/:id/settings')
export class CenterSettingsController {
  constructor(
    private readonly settings: CenterSettingsService,
    private readonly centers: CentersService,
    private readonly clock: ClockService,
  ) {}

  @Roles('admin', 'officer', 'reviewer', 'committee', 'supervisor', 'head')
  @Get()
  @ApiOperation({
    summary: '中心设置：补正期限、五日受理、延期上限、预警天数、投诉答复期限、办公时间、预约容量（未设置的取默认值）',
  })
  async get(@CurrentUser() user: AuthUser, @Param('id') id: string): Promise<CenterSettingsDto> {
    await this.centers.inScope(user.centerId, id);
    return this.settings.settingsOf(id);
  }

  @Roles('admin')
  @Put()
  @ApiOperation({ summary: '修改本中心或下级中心的设置；null 恢复默认值；写入管理审计日志' })
  async update(
    @CurrentUser() user: AuthUser,
    @Param('id') id: string,
    @Body() body: unknown,
  ): Promise<CenterSettingsDto> {
    await this.centers.inScope(user.centerId, id);
    return this.settings.update(id, parseInput(centerSettingsInputSchema, body), user.username, this.clock.now());
  }
}
