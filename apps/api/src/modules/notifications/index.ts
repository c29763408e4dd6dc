export { NotificationsModule } from './notifications.module';
export { Outbox, type OutboxMessage, type OutboxRecipient } from './outbox';
export { NotificationDispatcher } from './dispatcher.service';
