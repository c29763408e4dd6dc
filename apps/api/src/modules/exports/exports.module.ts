import { Module } from '@nestjs/common';
import { RuntimeModule } from '../runtime/runtime.module';
import { ExportsController } from './exports.controller';
import { ExportsService } from './exports.service';
import { StatisticsService } from './statistics.service';

/** Supervision figures per department and item, and CSV exports of the ledger and the figures. */
@Module({ imports: [RuntimeModule], controllers: [ExportsController], providers: [ExportsService, StatisticsService] })
export class ExportsModule {}
