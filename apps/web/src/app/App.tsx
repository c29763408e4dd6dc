import { lazy, Suspense } from 'react';
import { HomePage } from '../pages/HomePage';
import { PendingPage } from '../pages/PendingPage';
import { t } from '../i18n/t';
import { Link, usePath } from './router';
import { sections } from './sections';

// designer: its own chunk (React Flow, elkjs and the engine stay out of the start page)
const DesignerPage = lazy(() => import('../designer/DesignerPage'));
// portal, workbench, supervision: one chunk each
const PortalRoutes = lazy(() => import('../portal/PortalRoutes').then((m) => ({ default: m.PortalRoutes })));
const WorkbenchRoutes = lazy(() => import('../workbench/WorkbenchRoutes').then((m) => ({ default: m.WorkbenchRoutes })));
const SupervisionRoutes = lazy(() => import('../supervision/SupervisionRoutes').then((m) => ({ default: m.SupervisionRoutes })));
const peopleAreas = [
  { prefix: '/portal', Page: PortalRoutes },
  { prefix: '/workbench', Page: WorkbenchRoutes },
  { prefix: '/supervision', Page: SupervisionRoutes },
];

export function App() {
  const path = usePath();
  if (path === '/') return <HomePage />;
  // designer
  if (path === '/designer' || path.startsWith('/designer/')) {
    return (
      <Suspense fallback={<p role="status">{t('common.loading')}</p>}>
        <DesignerPage path={path} />
      </Suspense>
    );
  }
  // portal, workbench, supervision
  const area = peopleAreas.find(({ prefix }) => path === prefix || path.startsWith(`${prefix}/`));
  if (area) {
    return (
      <Suspense fallback={<p role="status">{t('common.loading')}</p>}>
        <area.Page path={path} />
      </Suspense>
    );
  }
  const section = sections.find((candidate) => path === candidate.path || path.startsWith(`${candidate.path}/`));
  if (section) return <PendingPage section={section} />;
  return (
    <main className="page">
      <h1>{t('notFound.title')}</h1>
      <Link to="/">{t('page.back')}</Link>
    </main>
  );
}
