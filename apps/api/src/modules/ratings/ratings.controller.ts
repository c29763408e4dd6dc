import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { complaintListQuerySchema, type Page } from '@tongban/api-contract';
import { parseInput } from '../../common/zod-body';
import { type AuthUser, CurrentUser, Roles } from '../identity';
import { ComplaintsService } from './complaints.service';
import type { RatingDto } from './dtos/rating.dto';
import { answerInputSchema, rateInputSchema, settingsInputSchema } from './dtos/rating.input';
import { RatingsService } from './ratings.service';
import { UuidParam } from '../../common/hostile-input.middleware';

@ApiTags('ratings')
@ApiBearerAuth()
@Controller()
export class RatingsController {
  constructor(
    private readonly ratings: RatingsService,
    private readonly complaints: ComplaintsService,
  ) {}

  @Roles('applicant')
  @Post('ratings')
  @ApiOperation({ summary: '好差评：办结后评价一次（1–5）；1–2 分自动形成投诉' })
  rate(@CurrentUser() user: AuthUser, @Body() body: unknown): Promise<RatingDto> {
    return this.ratings.rate(user, parseInput(rateInputSchema, body));
  }

  @Get('applications/:id/rating')
  async ofApplication(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidParam) id: string,
  ): Promise<{ rating: RatingDto | null }> {
    return { rating: await this.ratings.ofApplication(user, id) };
  }

  @Roles('officer', 'reviewer', 'committee', 'admin', 'supervisor')
  @Get('ratings/settings')
  settings(@CurrentUser() user: AuthUser) {
    return this.ratings.complaintDays(user.centerId);
  }

  @Roles('admin')
  @Put('ratings/settings')
  @ApiOperation({ summary: '本中心差评答复时限（工作日）' })
  updateSettings(@CurrentUser() user: AuthUser, @Body() body: unknown) {
    return this.ratings.setComplaintDays(user, parseInput(settingsInputSchema, body).complaintDays);
  }

  @Get('complaints')
  @ApiOperation({ summary: '差评投诉：申请人看自己的，工作人员看本中心的' })
  complaintList(@CurrentUser() user: AuthUser, @Query() query: unknown): Promise<RatingDto[] | Page<RatingDto>> {
    return this.complaints.list(user, parseInput(complaintListQuerySchema, query));
  }

  @Roles('officer', 'admin', 'supervisor')
  @Post('complaints/:id/answer')
  @HttpCode(200)
  @ApiOperation({ summary: '答复投诉（整改反馈），同时为台账销号' })
  answer(@CurrentUser() user: AuthUser, @Param('id', UuidParam) id: string, @Body() body: unknown): Promise<RatingDto> {
    return this.complaints.answer(user, id, parseInput(answerInputSchema, body).note);
  }
}
