import { Controller, Get, HttpCode, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { Public } from '../identity';

type Health =
  { status: 'ok'; db: 'up' } | { status: 'down'; db: 'down'; error: { code: 'DATABASE_UNAVAILABLE'; message: string } };

@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  constructor(private readonly db: DataSource) {}

  /** 200 `{ status: 'ok', db: 'up' }`; while PostgreSQL cannot be reached 503 `{ status: 'down', db: 'down', error }`. */
  @Get()
  @HttpCode(200)
  async health(@Res({ passthrough: true }) res: Response): Promise<Health> {
    try {
      await this.db.query('SELECT 1');
      return { status: 'ok', db: 'up' };
    } catch {
      res.status(503);
      return {
        status: 'down',
        db: 'down',
        error: { code: 'DATABASE_UNAVAILABLE', message: '数据库暂时不可用，请稍后重试' },
      };
    }
  }
}
