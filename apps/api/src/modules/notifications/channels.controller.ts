import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type ChannelSettings, channelSettingsInputSchema } from '@tongban/api-contract';
import { DataSource } from 'typeorm';
import { parseInput } from '../../common/zod-body';
import { AdminAudit } from '../admin-audit';
import { CentersService } from '../centers/centers.service';
import { ClockService } from '../clock/clock.service';
import { type AuthUser, CurrentUser, Roles } from '../identity';
import { ChannelSettingsService, withoutSecrets } from './channels/channel-settings.service';

@ApiTags('notifications')
@ApiBearerAuth()
@Controller('centers/:id/channels')
export class ChannelsController {
  constructor(
    private readonly settings: ChannelSettingsService,
    private readonly db: DataSource,
    private readonly clock: ClockService,
    private readonly centers: CentersService,
  ) {}

  @Roles('admin')
  @Get()
  @ApiOperation({ summary: '本中心或下级中心的通知通道设置（不回显密码、令牌与 Webhook）' })
  async get(@CurrentUser() user: AuthUser, @Param('id') id: string): Promise<ChannelSettings> {
    return withoutSecrets(await this.settings.stored(await this.centers.inScope(user.centerId, id)));
  }

  @Roles('admin')
  @Put()
  @ApiOperation({
    summary: '设置本中心或下级中心的邮件（SMTP）、短信网关与钉钉 / 企业微信机器人；未填写的密钥保持不变',
  })
  async put(@CurrentUser() user: AuthUser, @Param('id') id: string, @Body() body: unknown): Promise<ChannelSettings> {
    const centerId = await this.centers.inScope(user.centerId, id);
    const input = parseInput(channelSettingsInputSchema, body);
    const saved = await this.db.transaction(async (manager) => {
      const before = await this.settings.stored(centerId, manager);
      const next = this.settings.merged(before, input);
      const at = this.clock.now();
      await this.settings.save(manager, centerId, next, at);
      // Audited without secrets: only whether a password or token is stored, and the webhook hosts.
      await AdminAudit.record(manager, {
        centerId,
        actor: user.username,
        action: 'center.channels',
        target: centerId,
        before: withoutSecrets(before),
        after: withoutSecrets(next),
        at,
      });
      return next;
    });
    return withoutSecrets(saved);
  }
}
