import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { notFound } from '../../common/api-exception';
import { parseInput } from '../../common/zod-body';
import { ClockService } from '../clock/clock.service';
// Direct file imports, not '../identity': the identity module imports this one.
import type { AuthUser } from '../identity/auth-user';
import { CurrentUser, Roles } from '../identity/auth.decorators';
import { type CenterSettingsDto, CenterSettingsService } from './center-settings.service';
import { centerSettingsInputSchema } from './dtos/center-settings.input';

@ApiTags('centers')
@ApiBearerAuth()
@Controller('centers/:id/settings')
export class CenterSettingsController {
  constructor(
    private readonly settings: CenterSettingsService,
    private readonly clock: ClockService,
  ) {}

  @Roles('admin', 'officer', 'reviewer', 'committee', 'supervisor')
  @Get()
  @ApiOperation({ summary: '中心设置：补正期限、五日受理、延期上限、预警天数（未设置的取默认值）' })
  get(@CurrentUser() user: AuthUser, @Param('id') id: string): Promise<CenterSettingsDto> {
    ownCenter(user, id);
    return this.settings.settingsOf(id);
  }

  @Roles('admin')
  @Put()
  @ApiOperation({ summary: '修改本中心设置；null 恢复默认值' })
  update(@CurrentUser() user: AuthUser, @Param('id') id: string, @Body() body: unknown): Promise<CenterSettingsDto> {
    ownCenter(user, id);
    return this.settings.update(id, parseInput(centerSettingsInputSchema, body), user.username, this.clock.now());
  }
}

/** Another center's settings are not the caller's to see: answered as if it did not exist (tenancy). */
function ownCenter(user: AuthUser, centerId: string): void {
  if (user.centerId !== centerId) throw notFound('CENTER_NOT_FOUND', `中心 ${centerId} 不存在或不属于本中心`);
}
