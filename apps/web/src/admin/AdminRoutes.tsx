import { Navigate, Route, Routes } from 'react-router';
import { RequireRole } from '../auth/RequireRole';
import { t } from '../i18n/t';
import { AppShell, type NavItem } from '../shared-ui/AppShell';
import { AuditPage } from './audit/AuditPage';
import { CalendarPage } from './calendar/CalendarPage';
import { CatalogPage } from './catalog/CatalogPage';
import { CentersPage } from './centers/CentersPage';
import { ChannelsPage } from './channels/ChannelsPage';
import { DeadLettersPage } from './deadLetters/DeadLettersPage';
import { DepartmentsPage } from './departments/DepartmentsPage';
import { PairsPage } from './pairs/PairsPage';
import { SettingsPage } from './settings/SettingsPage';
import { UsersPage } from './users/UsersPage';
import './admin.css';

const NAV: NavItem[] = [
  { to: '/admin/centers', label: 'admin.nav.centers' },
  { to: '/admin/departments', label: 'admin.nav.departments' },
  { to: '/admin/users', label: 'admin.nav.users' },
  { to: '/admin/pairs', label: 'admin.nav.pairs' },
  { to: '/admin/settings', label: 'admin.nav.settings' },
  { to: '/admin/channels', label: 'admin.nav.channels' },
  { to: '/admin/dead-letters', label: 'admin.nav.deadLetters' },
  { to: '/admin/catalog', label: 'admin.nav.catalog' },
  { to: '/admin/calendar', label: 'admin.nav.calendar' },
  { to: '/admin/audit', label: 'admin.nav.audit' },
];

/** 系统管理: what a center needs to run on its own, for the admin of that center and its children. */
export function AdminRoutes() {
  return (
    <AppShell title="nav.admin" nav={NAV} tone="staff">
      <RequireRole roles={['admin']} hint={t('admin.loginHint')}>
        <Routes>
          <Route index element={<Navigate to="centers" replace />} />
          <Route path="centers" element={<CentersPage />} />
          <Route path="departments" element={<DepartmentsPage />} />
          <Route path="users" element={<UsersPage />} />
          <Route path="pairs" element={<PairsPage />} />
          <Route path="settings" element={<SettingsPage />} />
          <Route path="channels" element={<ChannelsPage />} />
          <Route path="dead-letters" element={<DeadLettersPage />} />
          <Route path="catalog" element={<CatalogPage />} />
          <Route path="calendar" element={<CalendarPage />} />
          <Route path="audit" element={<AuditPage />} />
          <Route path="*" element={<Navigate to="centers" replace />} />
        </Routes>
      </RequireRole>
    </AppShell>
  );
}
