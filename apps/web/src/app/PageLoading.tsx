import { Spin } from 'antd';
import { t } from '../i18n/t';

/** Shown while a page's chunk or first answer loads. */
export function PageLoading() {
  return (
    <div role="status" aria-live="polite" style={{ padding: 48, textAlign: 'center' }}>
      <Spin />
      <div style={{ marginTop: 8 }}>{t('common.loading')}</div>
    </div>
  );
}
