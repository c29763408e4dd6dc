import type { ReactElement } from 'react';
import { Route, Routes, useParams, useSearchParams } from 'react-router';
import { RequireRole } from '../auth/RequireRole';
import { t } from '../i18n/t';
import { AppShell, type NavItem } from '../shared-ui/AppShell';
import { AppointmentsPage } from './appointments/AppointmentsPage';
import { ApplyPage } from './apply/ApplyPage';
import { CatalogPage } from './catalog/CatalogPage';
import { GuidePage } from './catalog/GuidePage';
import { CertificatePage } from './certificate/CertificatePage';
import { LookupPage } from './lookup/LookupPage';
import { MyItemsPage } from './my/MyItemsPage';
import { ProgressPage } from './my/ProgressPage';
import { ReceiptPage } from './receipt/ReceiptPage';
import './portal.css';

const NAV: NavItem[] = [
  { to: '/portal', label: 'portal.nav.catalog', exact: true },
  { to: '/portal/my', label: 'portal.nav.my' },
  { to: '/portal/appointments', label: 'portal.nav.appointments' },
  { to: '/portal/lookup', label: 'portal.nav.lookup' },
];

function applicantOnly(page: ReactElement) {
  return (
    <RequireRole roles={['applicant']} hint={t('portal.loginHint')}>
      {page}
    </RequireRole>
  );
}

function ApplyRoute() {
  const { code = '' } = useParams();
  const [search] = useSearchParams();
  return applicantOnly(<ApplyPage code={code} center={search.get('center')} />);
}

function GuideRoute() {
  const { code = '' } = useParams();
  const [search] = useSearchParams();
  return <GuidePage code={code} center={search.get('center')} />;
}

/** A page of one of the applicant's items, keyed by its id so that nothing of another item's page lingers. */
function ItemRoute({ page: Page }: { page: (props: { id: string }) => ReactElement }) {
  const { id = '' } = useParams();
  return applicantOnly(<Page key={id} id={id} />);
}

/** 办事大厅: the public catalog and guides, and the applicant's own items and appointments. */
export function PortalRoutes() {
  return (
    <AppShell title="nav.portal" nav={NAV} tone="portal">
      {/* antd spaces out two-character labels (搜 索); screen readers then read two words. */}
      <Routes>
        <Route index element={<CatalogPage />} />
        <Route path="items/:code" element={<GuideRoute />} />
        <Route path="items/:code/apply" element={<ApplyRoute />} />
        <Route path="my" element={applicantOnly(<MyItemsPage />)} />
        <Route path="my/:id" element={<ItemRoute page={ProgressPage} />} />
        <Route path="my/:id/receipt" element={<ItemRoute page={ReceiptPage} />} />
        <Route path="my/:id/certificate" element={<ItemRoute page={CertificatePage} />} />
        <Route path="appointments" element={applicantOnly(<AppointmentsPage />)} />
        <Route path="lookup" element={<LookupPage />} />
        <Route path="*" element={<CatalogPage />} />
      </Routes>
    </AppShell>
  );
}
