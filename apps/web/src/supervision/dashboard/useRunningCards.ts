import { useEffect, useState } from 'react';
import { api } from '../../api/client';
import type { ApplicationSummary, ApplicationView, Procedure } from '../../shared-ui/apiTypes';

const RANK = { red: 0, yellow: 1, green: 2 } as const;
const CARD_RANK = { red: 0, yellow: 1, warning: 2, normal: 3 } as const;
const rank = (view: ApplicationView) => (view.card ? CARD_RANK[view.card] : RANK[view.warning]);

interface RunningCards {
  views: ApplicationView[];
  stepName(view: ApplicationView, nodeId: string): string;
}

/** Items under review with their card, red first; reloads whenever `stamp` (the overview's time) changes. */
export function useRunningCards(stamp: string | undefined): RunningCards | undefined {
  const [cards, setCards] = useState<RunningCards | undefined>(undefined);
  useEffect(() => {
    if (!stamp) return;
    let alive = true;
    void (async () => {
      const running = await api<ApplicationSummary[]>('/applications?status=in-review&limit=100');
      const views = await Promise.all(running.map((row) => api<ApplicationView>(`/applications/${row.id}`)));
      views.sort((a, b) => rank(a) - rank(b) || (a.deadline ?? '').localeCompare(b.deadline ?? ''));
      // One flow per version is enough to name the steps of every item running on it.
      const flows = new Map<string, Map<string, string>>();
      for (const view of views) {
        const key = `${view.flowKey}@${view.flowVersion}`;
        if (flows.has(key)) continue;
        const procedure = await api<Procedure>(`/applications/${view.id}/flow`);
        flows.set(key, new Map(procedure.definition.nodes.map((node) => [node.id, node.name ?? node.id])));
      }
      const stepName = (view: ApplicationView, nodeId: string) =>
        flows.get(`${view.flowKey}@${view.flowVersion}`)?.get(nodeId) ?? nodeId;
      if (alive) setCards({ views, stepName });
    })().catch(() => alive && setCards({ views: [], stepName: (_view, nodeId) => nodeId }));
    return () => {
      alive = false;
    };
  }, [stamp]);
  return cards;
}
