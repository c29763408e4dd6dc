import { Centers1767225600000 } from './1767225600000-centers';
import { ServiceCenter1767225660000 } from './1767225660000-service-center';
import { AppSecret1767225670000 } from './1767225670000-app-secret';
import { Attachments1767225800000 } from './1767225800000-attachments';
import { Appointments1767225810000 } from './1767225810000-appointments';
import { Certificates1767225820000 } from './1767225820000-certificates';
import { Ratings1767225830000 } from './1767225830000-ratings';
import { BatchWrite1767225840000 } from './1767225840000-batch-write';
import { HotUpdates1767225850000 } from './1767225850000-hot-updates';
import { CenterSettings1767225860000 } from './1767225860000-center-settings';
import { Cards1767225890000 } from './1767225890000-cards';
import { Accountability1767225920000 } from './1767225920000-accountability';
import { CalendarRevisions1767225900000 } from './1767225900000-calendar-revisions';
import { StaffPhone1767225950000 } from './1767225950000-staff-phone';
import { FlowVersionNotes1767225970000 } from './1767225970000-flow-version-notes';
import { Notifications1767226000000 } from './1767226000000-notifications';
import { NotificationOrder1767226000001 } from './1767226000001-notification-order';
import { AdminAudit1767226010000 } from './1767226010000-admin-audit';
import { CenterSettingsHall1767226010001 } from './1767226010001-center-settings-hall';
import { LoginAttempts1767226020000 } from './1767226020000-login-attempts';
import { PasswordReset1767226020100 } from './1767226020100-password-reset';
import { Tenancy1767226030000 } from './1767226030000-tenancy';
import { TaskAddresses1767226040000 } from './1767226040000-task-addresses';
import { TenancyKeys1767226060000 } from './1767226060000-tenancy-keys';
import { OneSchema1767226070000 } from './1767226070000-one-schema';

/** Every migration, oldest first. New ones are appended; applied ones are never edited. */
export const migrations = [
  Centers1767225600000,
  ServiceCenter1767225660000,
  AppSecret1767225670000,
  Attachments1767225800000,
  Appointments1767225810000,
  Certificates1767225820000,
  Ratings1767225830000,
  BatchWrite1767225840000,
  HotUpdates1767225850000,
  CenterSettings1767225860000,
  Cards1767225890000,
  Accountability1767225920000,
  CalendarRevisions1767225900000,
  StaffPhone1767225950000,
  FlowVersionNotes1767225970000,
  Notifications1767226000000,
  NotificationOrder1767226000001,
  AdminAudit1767226010000,
  CenterSettingsHall1767226010001,
  LoginAttempts1767226020000,
  PasswordReset1767226020100,
  Tenancy1767226030000,
  TaskAddresses1767226040000,
  TenancyKeys1767226060000,
  OneSchema1767226070000,
];
