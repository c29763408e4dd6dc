import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiQuery, ApiTags } from '@nestjs/swagger';
import { centerQuerySchema } from '@tongban/api-contract';
import { parseInput } from '../../common/zod-body';
// Direct file imports, not '../identity': the identity module imports this one.
import type { AuthUser } from '../identity/auth-user';
import { CurrentUser } from '../identity/auth.decorators';
import { CentersService } from './centers.service';
import { type DepartmentDto, toDepartmentDto } from './dtos/department.dto';

@ApiTags('centers')
@ApiBearerAuth()
@Controller('departments')
export class DepartmentsController {
  constructor(private readonly centers: CentersService) {}

  /** The departments of the caller's center, or (`?center=`) of a center below it. */
  @Get()
  @ApiQuery({ name: 'center', required: false, type: String })
  async list(@CurrentUser() user: AuthUser, @Query() query: unknown): Promise<DepartmentDto[]> {
    const centerId = await this.centers.inScope(user.centerId, parseInput(centerQuerySchema, query).center);
    return (await this.centers.departmentsOf(centerId)).map(toDepartmentDto);
  }
}
