import { Body, Controller, Get, Headers, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { parseInput } from '../../../common/zod-body';
import { type AuthUser, CurrentUser, Roles } from '../../identity';
import { completeTaskInputSchema, taskListQuerySchema } from './task.inputs';
import { TasksService } from './tasks.service';
import { UuidParam } from '../../../common/hostile-input.middleware';

@ApiTags('tasks')
@ApiBearerAuth()
@Roles('officer', 'reviewer', 'committee', 'admin')
@Controller('tasks')
export class TasksController {
  constructor(private readonly tasks: TasksService) {}

  @Get()
  inbox(@CurrentUser() user: AuthUser, @Query() query: unknown) {
    return this.tasks.inbox(user, parseInput(taskListQuerySchema, query));
  }

  @Post(':id/complete')
  @HttpCode(200)
  complete(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidParam) id: string,
    @Body() body: unknown,
    @Headers('idempotency-key') idempotencyKey?: string,
  ) {
    return this.tasks.complete(user, id, parseInput(completeTaskInputSchema, body), idempotencyKey);
  }

  @Post(':id/claim')
  @HttpCode(200)
  claim(@CurrentUser() user: AuthUser, @Param('id', UuidParam) id: string) {
    return this.tasks.claim(user, id, 'claim');
  }

  @Post(':id/unclaim')
  @HttpCode(200)
  unclaim(@CurrentUser() user: AuthUser, @Param('id', UuidParam) id: string) {
    return this.tasks.claim(user, id, 'unclaim');
  }
}
