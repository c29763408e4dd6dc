import { Module } from '@nestjs/common';
import { RuntimeModule } from '../runtime/runtime.module';
import { SupervisionModule } from '../supervision/supervision.module';
import { ExportsController } from './exports.controller';
import { ExportsService } from './exports.service';

/** CSV exports of the ledger and the supervision figures. */
@Module({ imports: [RuntimeModule, SupervisionModule], controllers: [ExportsController], providers: [ExportsService] })
export class ExportsModule {}
