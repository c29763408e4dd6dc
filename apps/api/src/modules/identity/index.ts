export { type AuthUser, type Role, ROLES } from './auth-user';
export { CurrentUser, Public, Roles } from './auth.decorators';
export { UserEntity } from './entities/user.entity';
export { IdentityModule } from './identity.module';
export { PasswordHasher } from './password-hasher';
export { UsersService } from './users.service';
export { DirectoryService } from './directory.service';
