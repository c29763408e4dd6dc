import { Body, Controller, Get, HttpCode, Ip, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiTags } from '@nestjs/swagger';
import {
  passwordChangeInputSchema,
  registerInputSchema,
  resetConfirmInputSchema,
  resetRequestInputSchema,
} from '@tongban/api-contract';
import { parseInput } from '../../common/zod-body';
import type { AuthUser } from './auth-user';
import { CurrentUser, Public } from './auth.decorators';
import { AccountService } from './account.service';
import { AuthService, type LoginResult } from './auth.service';
import { loginInputSchema } from './dtos/login.input';
import { toUserDto, type UserDto } from './dtos/user.dto';

@ApiTags('identity')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly accounts: AccountService,
  ) {}

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

  /** An applicant registers with a mobile number or an e-mail address (its username) and is signed in. */
  @Public()
  @Post('register')
  @HttpCode(201)
  @ApiBody({
    schema: {
      type: 'object',
      required: ['password', 'name'],
      properties: {
        phone: { type: 'string', example: '13912345678' },
        email: { type: 'string' },
        password: { type: 'string', minLength: 8 },
        name: { type: 'string' },
      },
    },
  })
  register(@Body() body: unknown, @Ip() ip: string): Promise<LoginResult> {
    return this.accounts.register(parseInput(registerInputSchema, body), ip ?? 'unknown');
  }

  /** Sends a one-time code to the account's phone or e-mail; 202 whether or not the account exists. */
  @Public()
  @Post('reset/request')
  @HttpCode(202)
  @ApiBody({ schema: { type: 'object', required: ['account'], properties: { account: { type: 'string' } } } })
  async requestReset(@Body() body: unknown, @Ip() ip: string): Promise<void> {
    await this.accounts.requestReset(parseInput(resetRequestInputSchema, body).account, ip ?? 'unknown');
  }

  /** Sets a new password with the one-time code; every token of the account is revoked. */
  @Public()
  @Post('reset/confirm')
  @HttpCode(204)
  @ApiBody({
    schema: {
      type: 'object',
      required: ['account', 'code', 'password'],
      properties: { account: { type: 'string' }, code: { type: 'string' }, password: { type: 'string' } },
    },
  })
  async confirmReset(@Body() body: unknown): Promise<void> {
    await this.accounts.confirmReset(parseInput(resetConfirmInputSchema, body));
  }

  /** Ends every session of the caller: all its tokens are refused from now on, by every API process. */
  @ApiBearerAuth()
  @Post('logout')
  @HttpCode(204)
  async logout(@CurrentUser() user: AuthUser): Promise<void> {
    await this.auth.logout(user);
  }

  /** The caller's own password (`{ current, next }`); every token of the caller is revoked, so it logs in again. */
  @ApiBearerAuth()
  @Post('password')
  @HttpCode(204)
  @ApiBody({
    schema: {
      type: 'object',
      required: ['current', 'next'],
      properties: { current: { type: 'string' }, next: { type: 'string', minLength: 8 } },
    },
  })
  async changePassword(@CurrentUser() user: AuthUser, @Body() body: unknown, @Ip() ip: string): Promise<void> {
    await this.auth.changePassword(user, parseInput(passwordChangeInputSchema, body), ip ?? 'unknown');
  }

  @ApiBearerAuth()
  @Get('me')
  me(@CurrentUser() user: AuthUser): UserDto {
    return toUserDto(user);
  }
}
