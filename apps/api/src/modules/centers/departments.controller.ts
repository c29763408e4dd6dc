import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
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

  /** The departments of the caller's center. */
  @Get()
  async list(@CurrentUser() user: AuthUser): Promise<DepartmentDto[]> {
    return (await this.centers.departmentsOf(user.centerId)).map(toDepartmentDto);
  }
}
