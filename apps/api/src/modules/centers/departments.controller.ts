import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiQuery, ApiTags } from '@nestjs/swagger';
import { centerQuerySchema } from '@tongban/api-contract';
import { notFound } from '../../common/api-exception';
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
    const centerId = parseInput(centerQuerySchema, query).center ?? user.centerId;
    if (centerId !== user.centerId && !(await this.centers.descendantsOf(user.centerId)).includes(centerId))
      throw notFound('CENTER_NOT_FOUND', `中心 ${centerId} 不存在或不在本中心管辖范围内`);
    return (await this.centers.departmentsOf(centerId)).map(toDepartmentDto);
  }
}
