import { useQuery } from '@tanstack/react-query';
import { Tag } from 'antd';
import { apiQuery } from '../api/query';
import { t } from '../i18n/t';

/** Whether the server and its database answer, refreshed every 30 s. */
export function HealthBadge() {
  const health = useQuery({ ...apiQuery<{ db?: string }>('/health'), refetchInterval: 30_000 });
  const state = health.isPending ? 'checking' : health.data?.db === 'up' ? 'ok' : 'down';
  const label = { checking: 'home.status.checking', ok: 'home.status.ok', down: 'home.status.down' } as const;
  const color = { checking: 'default', ok: 'success', down: 'error' } as const;
  return (
    <p role="status" aria-live="polite">
      <Tag color={color[state]} className={`health health--${state}`}>
        {t('home.status')}：{t(label[state])}
      </Tag>
    </p>
  );
}
