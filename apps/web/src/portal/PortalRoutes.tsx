import type { ReactElement } from 'react';
import { RequireRole } from '../auth/RequireRole';
import { t } from '../i18n/t';
import { AppShell, type NavItem } from '../shared-ui/AppShell';
import { AppointmentsPage } from './appointments/AppointmentsPage';
import { ApplyPage } from './apply/ApplyPage';
import { CatalogPage } from './catalog/CatalogPage';
import { GuidePage } from './catalog/GuidePage';
import { MyItemsPage } from './my/MyItemsPage';
import { ProgressPage } from './my/ProgressPage';
import './portal.css';

const NAV: NavItem[] = [
  { to: '/portal', label: 'portal.nav.catalog', exact: true },
  { to: '/portal/my', label: 'portal.nav.my' },
  { to: '/portal/appointments', label: 'portal.nav.appointments' },
];

function applicantOnly(page: ReactElement) {
  return (
    <RequireRole roles={['applicant']} hint={t('portal.loginHint')}>
      {page}
    </RequireRole>
  );
}

function pageFor(path: string): ReactElement {
  const apply = /^\/portal\/items\/([^/]+)\/apply$/.exec(path);
  if (apply) return applicantOnly(<ApplyPage code={decodeURIComponent(apply[1])} />);
  const guide = /^\/portal\/items\/([^/]+)$/.exec(path);
  if (guide) return <GuidePage code={decodeURIComponent(guide[1])} />;
  const progress = /^\/portal\/my\/([^/]+)$/.exec(path);
  if (progress) return applicantOnly(<ProgressPage id={progress[1]} />);
  if (path === '/portal/my') return applicantOnly(<MyItemsPage />);
  if (path === '/portal/appointments') return applicantOnly(<AppointmentsPage />);
  return <CatalogPage />;
}

/** 办事大厅: the public catalog and guides, and the applicant's own items and appointments. */
export function PortalRoutes({ path }: { path: string }) {
  return (
    <AppShell title="nav.portal" nav={NAV} tone="portal">
      {pageFor(path)}
    </AppShell>
  );
}
