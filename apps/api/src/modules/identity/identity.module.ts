import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/app-config.module';
import { CentersModule } from '../centers/centers.module';
import { AccountService } from './account.service';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { AuthService } from './auth.service';
import { DemoAccountsSeeder } from './demo-accounts.seeder';
import { DirectoryService } from './directory.service';
import { UserEntity } from './entities/user.entity';
import { PasswordIdentityProvider } from './identity-provider';
import { jwtOptions } from './jwt-options';
import { LoginRateLimiter } from './login-rate-limiter';
import { PasswordHasher } from './password-hasher';
import { TokenService } from './token.service';
import { UsersController } from './users.controller';
import { UsersService } from './users.service';

@Global()
@Module({
  imports: [
    CentersModule,
    TypeOrmModule.forFeature([UserEntity]),
    JwtModule.registerAsync({
      inject: [DataSource, APP_CONFIG],
      useFactory: (db: DataSource, config: AppConfig) => jwtOptions(db, config.jwt),
    }),
  ],
  controllers: [AuthController, UsersController],
  providers: [
    AuthService,
    AccountService,
    PasswordIdentityProvider,
    UsersService,
    PasswordHasher,
    TokenService,
    LoginRateLimiter,
    DemoAccountsSeeder,
    DirectoryService,
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [UsersService, PasswordHasher, DirectoryService],
})
export class IdentityModule {}
