import { Route, Routes } from 'react-router';
import { RequireRole } from '../auth/RequireRole';
import { t } from '../i18n/t';
import { AppShell, type NavItem } from '../shared-ui/AppShell';
import { DashboardPage } from './dashboard/DashboardPage';
import { LedgerPage } from './ledger/LedgerPage';
import './supervision.css';

const NAV: NavItem[] = [
  { to: '/supervision', label: 'supervision.nav.dashboard', exact: true },
  { to: '/supervision/ledger', label: 'supervision.nav.ledger' },
];

/** 电子监察: live cards and figures, and the accountability ledger with complaints. */
export function SupervisionRoutes() {
  return (
    <AppShell title="nav.supervision" nav={NAV} tone="staff">
      <RequireRole roles={['supervisor', 'admin']} hint={t('supervision.loginHint')}>
        <Routes>
          <Route index element={<DashboardPage />} />
          <Route path="ledger" element={<LedgerPage />} />
          <Route path="*" element={<DashboardPage />} />
        </Routes>
      </RequireRole>
    </AppShell>
  );
}
