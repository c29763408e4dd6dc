import { Body, Controller, Get, HttpCode, Ip, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiTags } from '@nestjs/swagger';
import { parseInput } from '../../common/zod-body';
import type { AuthUser } from './auth-user';
import { CurrentUser, Public } from './auth.decorators';
import { AuthService, type LoginResult } from './auth.service';
import { loginInputSchema } from './dtos/login.input';
import { toUserDto, type UserDto } from './dtos/user.dto';

@ApiTags('identity')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @Post('login')
  @HttpCode(200)
  @ApiBody({
    schema: {
      type: 'object',
      required: ['username', 'password'],
      properties: { username: { type: 'string', example: 'admin' }, password: { type: 'string', example: 'admin' } },
    },
  })
  login(@Body() body: unknown, @Ip() ip: string): Promise<LoginResult> {
    return this.auth.login(parseInput(loginInputSchema, body), ip ?? 'unknown');
  }

  @ApiBearerAuth()
  @Get('me')
  me(@CurrentUser() user: AuthUser): UserDto {
    return toUserDto(user);
  }
}
