import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { ApplicationView, Attachment, CatalogItem, Procedure } from '@tongban/api-contract';
import { nodeNameMap } from '../shared-ui/progress';
import { apiQuery, withQuery } from './query';

/** Every read of one application sits under this key, so a command invalidates them all with it. */
export const applicationKey = (id: string) => ['applications', id] as const;

export const applicationQuery = (id: string) => apiQuery<ApplicationView>(`/applications/${encodeURIComponent(id)}`);
export const applicationFlowQuery = (id: string) => apiQuery<Procedure>(`/applications/${encodeURIComponent(id)}/flow`);
export const applicationAttachmentsQuery = (id: string) =>
  apiQuery<Attachment[]>(`/applications/${encodeURIComponent(id)}/attachments`);
/** A catalog item; codes are unique within a center, so `center` names whose (else the server picks, see the API). */
export const catalogItemQuery = (code: string, center?: string | null) =>
  apiQuery<CatalogItem>(withQuery(`/catalog/${encodeURIComponent(code)}`, { center }));

/** An application with what its pages show next to it: its flow, its catalog item and its files. */
export function useApplicationPage(id: string) {
  const view = useQuery(applicationQuery(id));
  const flow = useQuery(applicationFlowQuery(id));
  const itemCode = view.data?.itemCode;
  const item = useQuery({ ...catalogItemQuery(itemCode ?? '', view.data?.centerId), enabled: Boolean(itemCode) });
  const files = useQuery(applicationAttachmentsQuery(id));
  const client = useQueryClient();
  const materialNames = new Map((item.data?.materials ?? []).map((m) => [m.code, m.name]));
  /** Reads everything under the application again (after a command that did not invalidate by itself). */
  const refresh = () => client.invalidateQueries({ queryKey: applicationKey(id) });
  return { view, flow, item, files, nodeNames: nodeNameMap(flow.data?.definition.nodes), materialNames, refresh };
}

/** Codes handed in so far: the submission plus every supplement (the view keeps only the first list). */
export function suppliedCodes(view: ApplicationView): string[] {
  const supplemented = view.timeline
    .filter((entry) => entry.action === 'supplement' && entry.note)
    .flatMap((entry) => entry.note!.split(','));
  return [...new Set([...view.materials.map((m) => m.code), ...supplemented.map((code) => code.trim())])];
}
