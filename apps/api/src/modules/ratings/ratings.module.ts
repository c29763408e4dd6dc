import { Module } from '@nestjs/common';
import { RuntimeModule } from '../runtime/runtime.module';
import { StaffModule } from '../staff/staff.module';
import { ComplaintLapses } from './complaint-lapses.service';
import { ComplaintsService } from './complaints.service';
import { RatingsController } from './ratings.controller';
import { RatingsService } from './ratings.service';

/** 好差评 and the complaints that low ratings open. */
@Module({
  imports: [RuntimeModule, StaffModule],
  controllers: [RatingsController],
  providers: [RatingsService, ComplaintsService, ComplaintLapses],
})
export class RatingsModule {}
