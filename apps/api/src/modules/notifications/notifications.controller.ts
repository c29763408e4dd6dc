import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  centerQuerySchema,
  type DeadLetter,
  type NotificationList,
  notificationListQuerySchema,
  type NotificationPreferences,
  notificationPreferencesInputSchema,
  type Page,
  pageQuerySchema,
} from '@tongban/api-contract';
import { notFound } from '../../common/api-exception';
import { parseInput } from '../../common/zod-body';
import { CentersService } from '../centers/centers.service';
import { type AuthUser, CurrentUser, Roles } from '../identity';
import { NotificationsService } from './notifications.service';
import { UuidParam } from '../../common/hostile-input.middleware';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An id in a path that cannot be a row's is simply not found (never a database error). */
function rowId(id: string, code: string, message: string): string {
  if (!UUID.test(id)) throw notFound(code, message);
  return id;
}

@ApiTags('notifications')
@ApiBearerAuth()
@Controller('notifications')
export class NotificationsController {
  constructor(
    private readonly notifications: NotificationsService,
    private readonly centers: CentersService,
  ) {}

  @Get()
  @ApiOperation({ summary: '我的站内通知（最新在前），含未读数' })
  list(@CurrentUser() user: AuthUser, @Query() query: unknown): Promise<NotificationList> {
    return this.notifications.list(user, parseInput(notificationListQuerySchema, query));
  }

  @Post('read-all')
  @HttpCode(200)
  @ApiOperation({ summary: '全部标为已读' })
  readAll(@CurrentUser() user: AuthUser) {
    return this.notifications.readAll(user);
  }

  @Get('preferences')
  @ApiOperation({ summary: '我的通知渠道（站内信始终开启）与接收地址' })
  preferences(@CurrentUser() user: AuthUser): Promise<NotificationPreferences> {
    return this.notifications.preferences(user);
  }

  @Put('preferences')
  @ApiOperation({ summary: '选择通知渠道；可同时更新邮箱、手机号' })
  setPreferences(@CurrentUser() user: AuthUser, @Body() body: unknown): Promise<NotificationPreferences> {
    return this.notifications.setPreferences(user, parseInput(notificationPreferencesInputSchema, body));
  }

  @Roles('admin')
  @Get('dead-letters')
  @ApiOperation({ summary: '本中心（或 ?center= 所指下级中心）投递失败（已用尽重试）的通知' })
  async deadLetters(@CurrentUser() user: AuthUser, @Query() query: unknown): Promise<Page<DeadLetter>> {
    const { page, pageSize } = parseInput(pageQuerySchema, query);
    const centerId = await this.centers.inScope(user.centerId, parseInput(centerQuerySchema, query).center);
    return this.notifications.deadLetters(centerId, page ?? 1, pageSize ?? 20);
  }

  @Roles('admin')
  @Post('dead-letters/:id/retry')
  @HttpCode(200)
  @ApiOperation({ summary: '重新投递本中心或下级中心的一条死信（重试次数清零，立即到期）' })
  async retry(@CurrentUser() user: AuthUser, @Param('id', UuidParam) id: string) {
    const deliveryId = rowId(id, 'DEAD_LETTER_NOT_FOUND', '没有这条死信');
    return this.notifications.retry(await this.centers.descendantsOf(user.centerId), deliveryId);
  }

  @Post(':id/read')
  @HttpCode(200)
  @ApiOperation({ summary: '标为已读（只能是自己的通知）' })
  read(@CurrentUser() user: AuthUser, @Param('id', UuidParam) id: string) {
    return this.notifications.read(user, rowId(id, 'NOTIFICATION_NOT_FOUND', '通知不存在'));
  }
}
