import { Controller, Get, Ip, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { type PublicProgress, publicProgressQuerySchema } from '@tongban/api-contract';
import { ApiException } from '../../../common/api-exception';
import { parseInput } from '../../../common/zod-body';
import { Public } from '../../identity';
import { LookupRateLimiter } from './lookup-rate-limiter';
import { PublicProgressService } from './public-progress.service';

@ApiTags('public')
@Controller('public/progress')
export class PublicProgressController {
  constructor(
    private readonly progress: PublicProgressService,
    private readonly limiter: LookupRateLimiter,
  ) {}

  @Public()
  @Get()
  @ApiOperation({ summary: '凭受理编号和联系电话查询办件进度（无需登录；只答状态、当前环节和办结期限）' })
  async lookup(@Query() query: unknown, @Ip() ip: string): Promise<PublicProgress> {
    const client = ip ?? 'unknown';
    this.limiter.assertAllowed(client);
    try {
      return await this.progress.lookup(parseInput(publicProgressQuerySchema, query));
    } catch (error) {
      if (error instanceof ApiException) this.limiter.recordMiss(client);
      throw error;
    }
  }
}
