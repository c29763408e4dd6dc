import { Module } from '@nestjs/common';
import { RuntimeModule } from '../runtime/runtime.module';
import { SupervisionController } from './supervision.controller';
import { SupervisionService } from './supervision.service';

@Module({ imports: [RuntimeModule], controllers: [SupervisionController], providers: [SupervisionService] })
export class SupervisionModule {}
