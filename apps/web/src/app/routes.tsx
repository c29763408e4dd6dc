import type { QueryClient } from '@tanstack/react-query';
import { Result } from 'antd';
import { createBrowserRouter, Link, Outlet, type RouteObject, ScrollRestoration } from 'react-router';
import { apiQuery } from '../api/query';
import { t } from '../i18n/t';
import { HomePage } from '../pages/HomePage';
import { PageLoading } from './PageLoading';

function NotFound() {
  return <Result status="404" title={t('notFound.title')} extra={<Link to="/">{t('page.back')}</Link>} />;
}

/**
 * Every face is its own chunk (the portal never downloads the designer, elkjs or ECharts) and owns the
 * routes under its prefix (`<Routes>` in its *Routes.tsx). With the app's query client, the portal's landing
 * page asks for the catalog while the portal's chunk loads instead of after its first render (a round trip
 * off an applicant's first screen; the route renders without waiting for it).
 */
export const appRoutes = (queryClient?: QueryClient): RouteObject[] => [
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
        loader: ({ params }) => {
          if (queryClient && !params['*']) void queryClient.prefetchQuery(apiQuery('/catalog'));
          return null;
        },
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
      {
        path: 'admin/*',
        lazy: async () => ({ Component: (await import('../admin/AdminRoutes')).AdminRoutes }),
      },
      { path: '*', element: <NotFound /> },
    ],
  },
];

export const createAppRouter = (queryClient?: QueryClient) => createBrowserRouter(appRoutes(queryClient));
