import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { parseInput } from '../../common/zod-body';
import { type AuthUser, CurrentUser, Roles } from '../identity';
import { SupervisionService } from './supervision.service';

const closeSchema = z.object({ note: z.string().trim().min(1, '销号必须填写核查说明').max(2000) });

@ApiTags('supervision')
@ApiBearerAuth()
@Roles('supervisor', 'admin')
@Controller('supervision')
export class SupervisionController {
  constructor(private readonly supervision: SupervisionService) {}

  @Get('overview')
  overview(@CurrentUser() user: AuthUser) {
    return this.supervision.overview(user);
  }

  @Get('ledger')
  ledger(@CurrentUser() user: AuthUser) {
    return this.supervision.ledger(user);
  }

  @Post('ledger/:id/close')
  @HttpCode(200)
  close(@CurrentUser() user: AuthUser, @Param('id') id: string, @Body() body: unknown) {
    return this.supervision.closeEntry(user, id, parseInput(closeSchema, body).note);
  }
}
