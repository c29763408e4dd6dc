export { AdminAudit, type AdminAuditEntry, auditEntry } from './admin-audit';
export { AdminAuditModule } from './admin-audit.module';
export { AdminAuditService } from './admin-audit.service';
