import type { ReactElement } from 'react';
import { RequireRole } from '../auth/RequireRole';
import { useSession } from '../auth/session';
import { t } from '../i18n/t';
import { AppShell, type NavItem } from '../shared-ui/AppShell';
import { ComplaintsPage } from './complaints/ComplaintsPage';
import { HandlePage } from './handle/HandlePage';
import { InboxPage } from './inbox/InboxPage';
import { StaffPage } from './staff/StaffPage';
import './workbench.css';

export const STAFF_ROLES = ['officer', 'reviewer', 'committee', 'admin'];

function pageFor(path: string): ReactElement {
  const handle = /^\/workbench\/applications\/([^/]+)$/.exec(path);
  if (handle) return <HandlePage id={handle[1]} />;
  if (path === '/workbench/complaints') return <ComplaintsPage />;
  if (path === '/workbench/staff') {
    return (
      <RequireRole roles={['admin']} hint={t('workbench.staff.adminOnly')}>
        <StaffPage />
      </RequireRole>
    );
  }
  return <InboxPage />;
}

/** 工作台: the inbox, the 办理 page of one item, complaints to answer and (admin) A/B absences. */
export function WorkbenchRoutes({ path }: { path: string }) {
  const { user } = useSession();
  const nav: NavItem[] = [
    { to: '/workbench', label: 'workbench.nav.inbox', exact: true },
    { to: '/workbench/complaints', label: 'workbench.nav.complaints' },
    ...(user?.roles.includes('admin') ? [{ to: '/workbench/staff', label: 'workbench.nav.staff' as const }] : []),
  ];
  return (
    <AppShell title="nav.workbench" nav={nav} tone="staff">
      <RequireRole roles={STAFF_ROLES} hint={t('workbench.loginHint')}>
        {pageFor(path)}
      </RequireRole>
    </AppShell>
  );
}
