import { Global, Module } from '@nestjs/common';
import { AdminAudit } from './admin-audit';
import { AdminAuditController } from './admin-audit.controller';
import { AdminAuditService } from './admin-audit.service';

@Global()
@Module({
  controllers: [AdminAuditController],
  providers: [AdminAudit, AdminAuditService],
  exports: [AdminAudit, AdminAuditService],
})
export class AdminAuditModule {}
