import { Body, Controller, Get, Headers, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { parseInput } from '../../../common/zod-body';
import { type AuthUser, CurrentUser } from '../../identity';
import { applicationListQuerySchema as listQuerySchema } from '@tongban/api-contract';
import { submitInputSchema } from './application.inputs';
import { ApplicationCommands } from './application-commands.service';
import { ApplicationsService } from './applications.service';
import { UuidParam } from '../../../common/hostile-input.middleware';

@ApiTags('applications')
@ApiBearerAuth()
@Controller('applications')
export class ApplicationsController {
  constructor(
    private readonly applications: ApplicationsService,
    private readonly commands: ApplicationCommands,
  ) {}

  @Post()
  submit(@CurrentUser() user: AuthUser, @Body() body: unknown) {
    return this.applications.submit(user, parseInput(submitInputSchema, body));
  }

  @Get()
  list(@CurrentUser() user: AuthUser, @Query() query: unknown) {
    return this.applications.list(user, parseInput(listQuerySchema, query));
  }

  @Get(':id')
  view(@CurrentUser() user: AuthUser, @Param('id', UuidParam) id: string) {
    return this.applications.view(user, id);
  }

  @Get(':id/events')
  events(@CurrentUser() user: AuthUser, @Param('id', UuidParam) id: string) {
    return this.applications.events(user, id);
  }

  @Post(':id/:command')
  @HttpCode(200)
  command(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidParam) id: string,
    @Param('command') command: string,
    @Body() body: unknown,
    @Headers('idempotency-key') idempotencyKey?: string,
    @Headers('if-match') ifMatch?: string,
  ) {
    return this.commands.run(user, id, command, body, { idempotencyKey, ifMatch });
  }
}
