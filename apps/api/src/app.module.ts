import { type DynamicModule, Module } from '@nestjs/common';
import type { AppConfig } from './config/app-config';
import { AppConfigModule } from './config/app-config.module';
import { DatabaseModule } from './database/database.module';
import { CentersModule } from './modules/centers/centers.module';
import { IdentityModule } from './modules/identity/identity.module';
import { StaffModule } from './modules/staff/staff.module';
import { CalendarModule } from './modules/calendar/calendar.module';
import { ClockModule } from './modules/clock/clock.module';
import { HealthModule } from './modules/health/health.module';
import { DefinitionsModule } from './modules/definitions/definitions.module';
import { CatalogModule } from './modules/catalog/catalog.module';
import { RuntimeModule } from './modules/runtime/runtime.module';
import { SupervisionModule } from './modules/supervision/supervision.module';
import { ProceduresModule } from './modules/procedures/procedures.module';
import { AttachmentsModule } from './modules/attachments/attachments.module';
import { AppointmentsModule } from './modules/appointments/appointments.module';
import { CertificatesModule } from './modules/certificates/certificates.module';
import { RatingsModule } from './modules/ratings/ratings.module';
import { ExportsModule } from './modules/exports/exports.module';
import { AdminAuditModule } from './modules/admin-audit/admin-audit.module';
import { AdministrationModule } from './modules/administration/administration.module';
import { NotificationsModule } from './modules/notifications/notifications.module';

export interface AppOptions {
  config: AppConfig;
  databaseUrl: string;
}

@Module({})
export class AppModule {
  static forRoot(options: AppOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        AppConfigModule.forRoot(options.config),
        DatabaseModule.forRoot(options.databaseUrl, options.config.dbPoolSize),
        CentersModule,
        IdentityModule,
        StaffModule,
        ClockModule,
        CalendarModule,
        RuntimeModule,
        SupervisionModule,
        HealthModule,
        DefinitionsModule,
        CatalogModule,
        ProceduresModule,
        AttachmentsModule,
        AppointmentsModule,
        CertificatesModule,
        RatingsModule,
        ExportsModule,
        AdminAuditModule,
        AdministrationModule,
        NotificationsModule,
      ],
    };
  }
}
