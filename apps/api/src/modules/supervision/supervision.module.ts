import { Module } from '@nestjs/common';
import { RuntimeModule } from '../runtime/runtime.module';
import { DashboardStatisticsService } from './dashboard-statistics.service';
import { StatisticsService } from './statistics.service';
import { SupervisionController } from './supervision.controller';
import { SupervisionService } from './supervision.service';

@Module({
  imports: [RuntimeModule],
  controllers: [SupervisionController],
  providers: [SupervisionService, StatisticsService, DashboardStatisticsService],
  exports: [StatisticsService],
})
export class SupervisionModule {}
