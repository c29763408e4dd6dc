import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type AdminAuditPage, adminAuditQuerySchema } from '@tongban/api-contract';
import { parseInput } from '../../common/zod-body';
import type { AuthUser } from '../identity/auth-user';
import { CurrentUser, Roles } from '../identity/auth.decorators';
import { AdminAuditService } from './admin-audit.service';

@ApiTags('administration')
@ApiBearerAuth()
@Controller('admin/audit')
export class AdminAuditController {
  constructor(private readonly audit: AdminAuditService) {}

  @Roles('admin', 'supervisor')
  @Get()
  @ApiOperation({ summary: '管理审计日志：本中心及下级中心的管理操作（谁、何时、修改前后），最新的在前' })
  list(@CurrentUser() user: AuthUser, @Query() query: unknown): Promise<AdminAuditPage> {
    return this.audit.list(user, parseInput(adminAuditQuerySchema, query));
  }
}
