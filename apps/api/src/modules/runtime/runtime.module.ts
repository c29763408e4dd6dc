import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
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
import { InstanceCache } from './instance-cache.service';
import { AccountabilityEntryEntity } from './entities/accountability-entry.entity';
import { ApplicationEntity } from './entities/application.entity';
import { InstanceEventEntity } from './entities/instance-event.entity';
import { ProcessInstanceEntity } from './entities/process-instance.entity';
import { TaskEntity } from './entities/task.entity';
import { TimerEntity } from './entities/timer.entity';
import { TasksController } from './tasks/tasks.controller';
import { TasksService } from './tasks/tasks.service';
import { TimerSweeper } from './timers/timer-sweeper.service';

/** Running flows durably: applications, tasks, timers and the manual clock around the pure engine. */
import { LookupRateLimiter } from './public-progress/lookup-rate-limiter';
import { PublicProgressController } from './public-progress/public-progress.controller';
import { PublicProgressService } from './public-progress/public-progress.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([
      ApplicationEntity,
      ProcessInstanceEntity,
      InstanceEventEntity,
      TaskEntity,
      TimerEntity,
      AccountabilityEntryEntity,
    ]),
    CentersModule,
    DefinitionsModule,
    StaffModule,
  ],
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
