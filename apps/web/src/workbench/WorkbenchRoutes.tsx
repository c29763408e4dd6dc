import { Route, Routes, useParams } from 'react-router';
import { RequireRole } from '../auth/RequireRole';
import { useSession } from '../auth/session';
import { t } from '../i18n/t';
import { AppShell, type NavItem } from '../shared-ui/AppShell';
import { ComplaintsPage } from './complaints/ComplaintsPage';
import { HandlePage } from './handle/HandlePage';
import { InboxPage } from './inbox/InboxPage';
import { NoticeRoute } from './handle/NoticeRoute';
import { StaffPage } from './staff/StaffPage';
import './workbench.css';

export const STAFF_ROLES = ['officer', 'reviewer', 'committee', 'admin'];

function HandleRoute() {
  const { id = '' } = useParams();
  return <HandlePage id={id} />;
}

/** 工作台: the inbox, the 办理 page of one item, complaints to answer and (admin) A/B absences. */
export function WorkbenchRoutes() {
  const { user } = useSession();
  const nav: NavItem[] = [
    { to: '/workbench', label: 'workbench.nav.inbox', exact: true },
    { to: '/workbench/complaints', label: 'workbench.nav.complaints' },
    ...(user?.roles.includes('admin') ? [{ to: '/workbench/staff', label: 'workbench.nav.staff' as const }] : []),
  ];
  return (
    // Two-character buttons (受理, 同意) keep their words whole: antd would space them out as "受 理".
    <AppShell title="nav.workbench" nav={nav} tone="staff">
      <RequireRole roles={STAFF_ROLES} hint={t('workbench.loginHint')}>
        <Routes>
          <Route index element={<InboxPage />} />
          <Route path="applications/:id" element={<HandleRoute />} />
          <Route path="applications/:id/notice" element={<NoticeRoute />} />
          <Route path="complaints" element={<ComplaintsPage />} />
          <Route
            path="staff"
            element={
              <RequireRole roles={['admin']} hint={t('workbench.staff.adminOnly')}>
                <StaffPage />
              </RequireRole>
            }
          />
          <Route path="*" element={<InboxPage />} />
        </Routes>
      </RequireRole>
    </AppShell>
  );
}
