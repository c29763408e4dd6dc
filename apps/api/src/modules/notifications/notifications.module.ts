import { Global, Module } from '@nestjs/common';
import { RuntimeModule } from '../runtime/runtime.module';
import { ChannelsController } from './channels.controller';
import { CHANNEL_ADAPTERS, type ChannelAdapter } from './channels/channel-adapter';
import { ChannelSettingsService } from './channels/channel-settings.service';
import { EmailChannel } from './channels/email.channel';
import { InAppChannel } from './channels/in-app.channel';
import { DingTalkChannel, WeComChannel } from './channels/robot.channels';
import { SmsChannel } from './channels/sms.channel';
import { NotificationDispatcher } from './dispatcher.service';
import { NotificationsController } from './notifications.controller';
import { NotificationsService } from './notifications.service';
import { Outbox } from './outbox';
import { TaskReminders } from './task-reminders.service';

const ADAPTERS = [InAppChannel, EmailChannel, SmsChannel, DingTalkChannel, WeComChannel];

/** Notifications: the transactional outbox, its dispatcher and channels, and the in-app notification centre. */
@Global()
@Module({
  imports: [RuntimeModule],
  controllers: [NotificationsController, ChannelsController],
  providers: [
    Outbox,
    ...ADAPTERS,
    {
      provide: CHANNEL_ADAPTERS,
      useFactory: (...adapters: ChannelAdapter[]) => adapters,
      inject: ADAPTERS,
    },
    ChannelSettingsService,
    TaskReminders,
    NotificationDispatcher,
    NotificationsService,
  ],
  exports: [Outbox, NotificationDispatcher],
})
export class NotificationsModule {}
