import { useEffect, useState } from 'react';
import { t } from '../i18n/t';

type Health = 'checking' | 'ok' | 'down';

export function HealthBadge() {
  const [health, setHealth] = useState<Health>('checking');
  useEffect(() => {
    let alive = true;
    fetch('/api/health')
      .then((response) => (response.ok ? response.json() : Promise.reject(response.status)))
      .then((body: { db?: string }) => alive && setHealth(body.db === 'up' ? 'ok' : 'down'))
      .catch(() => alive && setHealth('down'));
    return () => {
      alive = false;
    };
  }, []);
  const label = { checking: 'home.status.checking', ok: 'home.status.ok', down: 'home.status.down' } as const;
  return (
    <p className={`health health--${health}`} role="status" aria-live="polite">
      {t('home.status')}：{t(label[health])}
    </p>
  );
}
