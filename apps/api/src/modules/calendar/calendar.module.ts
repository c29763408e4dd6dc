import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CalendarOverrideEntity } from './calendar-override.entity';
import { CalendarController } from './calendar.controller';
import { CalendarService } from './calendar.service';
import { DefaultCenter } from './default-center.service';

@Global()
@Module({
  imports: [TypeOrmModule.forFeature([CalendarOverrideEntity])],
  controllers: [CalendarController],
  providers: [CalendarService, DefaultCenter],
  exports: [CalendarService, DefaultCenter],
})
export class CalendarModule {}
