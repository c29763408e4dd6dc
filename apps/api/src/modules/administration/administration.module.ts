import { Module } from '@nestjs/common';
import { RuntimeModule } from '../runtime/runtime.module';
import { AdminScope } from './admin-scope.service';
import { CentersAdminController, DepartmentsAdminController, PairsAdminController } from './organisation.controller';
import { OrganisationService } from './organisation.service';
import { UsersAdminController } from './users-admin.controller';
import { UsersAdminService } from './users-admin.service';

/** Administration (issue 16): users, centers, departments and A/B pairs of an admin's center and those below. */
@Module({
  imports: [RuntimeModule],
  controllers: [UsersAdminController, CentersAdminController, DepartmentsAdminController, PairsAdminController],
  providers: [AdminScope, OrganisationService, UsersAdminService],
  exports: [AdminScope],
})
export class AdministrationModule {}
