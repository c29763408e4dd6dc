import { Module } from '@nestjs/common';
import { RuntimeModule } from '../runtime/runtime.module';
import { ProceduresController } from './procedures.controller';
import { ProceduresService } from './procedures.service';

/** The procedure (办理流程) behind a catalog item or an application, readable by those who may see it. */
@Module({ imports: [RuntimeModule], controllers: [ProceduresController], providers: [ProceduresService] })
export class ProceduresModule {}
