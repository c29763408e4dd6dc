import { Global, Module } from '@nestjs/common';
import { Outbox } from './outbox';

/** Notifications: the transactional outbox, its dispatcher and channels, and the in-app notification centre. */
@Global()
@Module({
  providers: [Outbox],
  exports: [Outbox],
})
export class NotificationsModule {}
