import { Module } from '@nestjs/common';
import { PreparedQueries } from '../../common/database/prepared-queries.service';
import { CentersModule } from '../centers/centers.module';
import { DefinitionsModule } from '../definitions/definitions.module';
import { StaffModule } from '../staff/staff.module';
import { ApplicationAccess } from './applications/application-access.service';
import { ApplicationCommands } from './applications/application-commands.service';
import { ApplicationsController } from './applications/applications.controller';
import { ApplicationsService } from './applications/applications.service';
import { CalendarChanges } from './calendar-changes/calendar-changes.service';
import { CalendarOverridesController } from './calendar-changes/calendar-overrides.controller';
import { ClockController } from './clock.controller';
import { CommandExecutor } from './command-executor.service';
import { DefinitionCache } from './definition-cache.service';
import { InstanceCache } from './write-path/instance-cache.service';
import { TasksController } from './tasks/tasks.controller';
import { TasksService } from './tasks/tasks.service';
import { TimerSweeper } from './timers/timer-sweeper.service';

/** Running flows durably: applications, tasks, timers and the manual clock around the pure engine. */
import { LookupRateLimiter } from './public-progress/lookup-rate-limiter';
import { PublicProgressController } from './public-progress/public-progress.controller';
import { PublicProgressService } from './public-progress/public-progress.service';

@Module({
  imports: [CentersModule, DefinitionsModule, StaffModule],
  controllers: [
    ApplicationsController,
    TasksController,
    ClockController,
    CalendarOverridesController,
    PublicProgressController,
  ],
  providers: [
    PublicProgressService,
    LookupRateLimiter,
    ApplicationAccess,
    ApplicationCommands,
    CalendarChanges,
    ApplicationsService,
    CommandExecutor,
    DefinitionCache,
    InstanceCache,
    PreparedQueries,
    TasksService,
    TimerSweeper,
  ],
  exports: [ApplicationAccess, CommandExecutor, DefinitionCache, TimerSweeper],
})
export class RuntimeModule {}
