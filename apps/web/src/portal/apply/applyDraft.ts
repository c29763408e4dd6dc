import { useEffect, useState } from 'react';

export type Channel = 'online' | 'window' | 'mail' | 'fax';
export type Delivery = 'electronic' | 'window' | 'mail';

export interface ApplyDraft {
  step: number;
  agreed: boolean;
  phone: string;
  projectName: string;
  site: string;
  area: string;
  note: string;
  /** Materials the applicant says it hands in (uploaded ones count without a tick). */
  ticked: string[];
  channel: Channel;
  delivery: Delivery;
  promise: boolean;
}

const EMPTY: ApplyDraft = {
  step: 0,
  agreed: false,
  phone: '',
  projectName: '',
  site: '',
  area: '',
  note: '',
  ticked: [],
  channel: 'online',
  delivery: 'electronic',
  promise: false,
};

/** The form survives a reload or a break (no timeout while filling): it is kept in localStorage until sent. */
export function useApplyDraft(key: string) {
  const [draft, setDraft] = useState<ApplyDraft>(() => {
    try {
      return { ...EMPTY, ...(JSON.parse(localStorage.getItem(key) ?? '{}') as Partial<ApplyDraft>) };
    } catch {
      return EMPTY;
    }
  });
  useEffect(() => localStorage.setItem(key, JSON.stringify(draft)), [key, draft]);
  const update = (patch: Partial<ApplyDraft>) => setDraft((current) => ({ ...current, ...patch }));
  const clear = () => {
    localStorage.removeItem(key);
    setDraft(EMPTY);
  };
  return { draft, update, clear };
}
