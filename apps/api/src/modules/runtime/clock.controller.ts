import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { badRequest, notFound } from '../../common/api-exception';
import { parseInput } from '../../common/zod-body';
import { ClockService } from '../clock/clock.service';
import { parseIsoDuration } from '../clock/iso-duration';
import { Public, Roles } from '../identity';
import { TimerSweeper } from './timers/timer-sweeper.service';

const moveSchema = z.union([
  z.object({ now: z.string().datetime({ offset: true }) }),
  z.object({ advance: z.string().min(2).max(40) }),
]);

/** The manual clock of tests and demos; without CLOCK=manual these routes answer 404. */
@ApiTags('clock')
@Controller('clock')
export class ClockController {
  constructor(
    private readonly clock: ClockService,
    private readonly timers: TimerSweeper,
  ) {}

  @Public()
  @Get()
  now() {
    this.ensureManual();
    return { now: this.clock.now().toISOString() };
  }

  @ApiBearerAuth()
  @Roles('admin')
  @Post()
  @HttpCode(200)
  async move(@Body() body: unknown) {
    this.ensureManual();
    const input = parseInput(moveSchema, body);
    const target = 'now' in input ? new Date(input.now) : this.advanced(input.advance);
    await this.clock.moveTo(target);
    // Timers fire in due order, each at its own instant, before the call returns.
    const fired = await this.timers.fireDue(target);
    return { now: this.clock.now().toISOString(), firedTimers: fired };
  }

  private advanced(duration: string): Date {
    const ms = parseIsoDuration(duration);
    if (ms === null || ms <= 0 || !Number.isFinite(ms))
      throw badRequest('INVALID_DURATION', `无法识别的时长：${duration}（例如 PT6H、P3D）`);
    // A huge duration is an instant no Date can hold: moveTo refuses it as out of range (NaN is never < the end).
    return new Date(this.clock.now().getTime() + ms);
  }

  private ensureManual(): void {
    if (!this.clock.manual) throw notFound('NOT_FOUND', '未以 CLOCK=manual 启动，没有测试时钟');
  }
}
