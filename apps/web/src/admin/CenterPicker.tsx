import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { useState } from 'react';
import { useSession } from '../auth/session';
import { t } from '../i18n/t';
import { centersQuery } from './api';

/** The center a page administers: the admin's own by default, or one of its children. */
export function useCenterChoice() {
  const { user } = useSession();
  const [centerId, setCenterId] = useState(user?.centerId ?? '');
  const centers = useQuery(centersQuery());
  const picker = (
    <label className="ad-picker">
      <span>{t('admin.center')}</span>
      <Select
        aria-label={t('admin.center')}
        value={centerId}
        onChange={setCenterId}
        popupMatchSelectWidth={false}
        options={(centers.data ?? [{ id: centerId, name: centerId }]).map((center) => ({
          value: center.id,
          label: center.name,
        }))}
      />
    </label>
  );
  return { centerId, picker, centers: centers.data ?? [] };
}
