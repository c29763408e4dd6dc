import { QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { type ReactNode, useState } from 'react';
import type { QueryClient } from '@tanstack/react-query';
import { createQueryClient } from '../api/queryClient';
import { SessionProvider } from '../auth/session';
import { FontScaleProvider } from './fontScale';
import { themeFor } from './theme';

dayjs.locale('zh-cn');

/**
 * What every page stands on: Ant Design in Chinese with the app's theme, the query cache (the router's, when
 * given, so route loaders can start reads), the session.
 */
export function Providers({ children, queryClient: given }: { children: ReactNode; queryClient?: QueryClient }) {
  const [queryClient] = useState(() => given ?? createQueryClient());
  return (
    // antd spaces two-character labels (搜 索); Chinese UIs and the tests name buttons by their plain words.
    <ConfigProvider locale={zhCN} theme={themeFor(14)} button={{ autoInsertSpace: false }}>
      <AntApp>
        <QueryClientProvider client={queryClient}>
          <FontScaleProvider>
            <SessionProvider>{children}</SessionProvider>
          </FontScaleProvider>
        </QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  );
}
