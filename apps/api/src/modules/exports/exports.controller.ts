import { Controller, Get, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { type AuthUser, CurrentUser, Roles } from '../identity';
import { ExportsService } from './exports.service';
import { StatisticsService } from '../supervision/statistics.service';

@ApiTags('exports')
@ApiBearerAuth()
@Roles('supervisor', 'admin')
@Controller('exports')
export class ExportsController {
  constructor(
    private readonly exports: ExportsService,
    private readonly statistics: StatisticsService,
  ) {}

  @Get('statistics')
  @ApiOperation({ summary: '按部门、按事项的按时办结率与平均用时' })
  figures(@CurrentUser() user: AuthUser) {
    return this.statistics.figures(user);
  }

  @Get('ledger.csv')
  @ApiProduces('text/csv')
  @ApiOperation({ summary: '问责台账 CSV（UTF-8 BOM，Excel 可直接打开）' })
  async ledger(@CurrentUser() user: AuthUser, @Res() res: Response): Promise<void> {
    send(res, '问责台账.csv', await this.exports.ledgerCsv(user));
  }

  @Get('statistics.csv')
  @ApiProduces('text/csv')
  @ApiOperation({ summary: '办结统计 CSV（UTF-8 BOM）' })
  async statisticsCsv(@CurrentUser() user: AuthUser, @Res() res: Response): Promise<void> {
    send(res, '办结统计.csv', await this.exports.statisticsCsv(user));
  }
}

function send(res: Response, fileName: string, csv: string): void {
  res.setHeader('content-type', 'text/csv; charset=utf-8');
  res.setHeader('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(fileName)}`);
  res.send(csv);
}
