import type { ApplicationView, Attachment, CatalogItem, Procedure } from './apiTypes';
import { nodeNameMap } from './progress';
import { useApi } from './useApi';

/** An application with what its pages show next to it: its flow, its catalog item and its files. */
export function useApplicationBundle(id: string) {
  const view = useApi<ApplicationView>(`/applications/${id}`);
  const flow = useApi<Procedure>(`/applications/${id}/flow`);
  const item = useApi<CatalogItem>(view.data ? `/catalog/${encodeURIComponent(view.data.itemCode)}` : null);
  const files = useApi<Attachment[]>(`/applications/${id}/attachments`);
  const materialNames = new Map((item.data?.materials ?? []).map((m) => [m.code, m.name]));
  const reload = async () => {
    await Promise.all([view.reload(), files.reload()]);
  };
  return { view, flow, item, files, nodeNames: nodeNameMap(flow.data?.definition.nodes), materialNames, reload };
}

/** Codes handed in so far: the submission plus every supplement (the view keeps only the first list). */
export function suppliedCodes(view: ApplicationView): string[] {
  const supplemented = view.timeline
    .filter((entry) => entry.action === 'supplement' && entry.note)
    .flatMap((entry) => entry.note!.split(','));
  return [...new Set([...view.materials.map((m) => m.code), ...supplemented.map((code) => code.trim())])];
}
