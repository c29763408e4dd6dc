import { Result } from 'antd';
import { createBrowserRouter, Link, Outlet, type RouteObject, ScrollRestoration } from 'react-router';
import { t } from '../i18n/t';
import { HomePage } from '../pages/HomePage';
import { PageLoading } from './PageLoading';

function NotFound() {
  return <Result status="404" title={t('notFound.title')} extra={<Link to="/">{t('page.back')}</Link>} />;
}

/**
 * Every face is its own chunk (the portal never downloads the designer, elkjs or ECharts) and owns the
 * routes under its prefix (`<Routes>` in its *Routes.tsx).
 */
export const routes: RouteObject[] = [
  {
    element: (
      <>
        <ScrollRestoration />
        <Outlet />
      </>
    ),
    errorElement: <NotFound />,
    hydrateFallbackElement: <PageLoading />,
    children: [
      { index: true, element: <HomePage /> },
      {
        path: 'designer/*',
        lazy: async () => ({ Component: (await import('../designer/DesignerPage')).DesignerPage }),
      },
      {
        path: 'portal/*',
        lazy: async () => ({ Component: (await import('../portal/PortalRoutes')).PortalRoutes }),
      },
      {
        path: 'workbench/*',
        lazy: async () => ({ Component: (await import('../workbench/WorkbenchRoutes')).WorkbenchRoutes }),
      },
      {
        path: 'supervision/*',
        lazy: async () => ({ Component: (await import('../supervision/SupervisionRoutes')).SupervisionRoutes }),
      },
      { path: '*', element: <NotFound /> },
    ],
  },
];

export const createAppRouter = () => createBrowserRouter(routes);
