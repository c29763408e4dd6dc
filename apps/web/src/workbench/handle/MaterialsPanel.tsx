import { useState } from 'react';
import { ApiError } from '../../api/client';
import { t } from '../../i18n/t';
import type { ApplicationView, Attachment, CatalogItem } from '../../shared-ui/apiTypes';
import { downloadFromApi } from '../../shared-ui/download';
import { ErrorNotice } from '../../shared-ui/Notice';
import { formatBytes } from '../../shared-ui/upload';

/** The guide's materials against what the applicant handed in, with the uploaded files to open. */
export function MaterialsPanel({
  view,
  item,
  supplied,
  files,
}: {
  view: ApplicationView;
  item: CatalogItem | undefined;
  supplied: string[];
  files: Attachment[];
}) {
  const [error, setError] = useState<Error | null>(null);
  const open = (file: Attachment) =>
    downloadFromApi(`/attachments/${file.id}/content`, file.fileName).catch((caught: unknown) =>
      setError(caught instanceof ApiError ? caught : new Error(String(caught))),
    );
  return (
    <>
      <table className="ui-table ui-table--compact">
        <thead>
          <tr>
            <th scope="col">{t('workbench.material.name')}</th>
            <th scope="col">{t('workbench.material.state')}</th>
            <th scope="col">{t('workbench.material.files')}</th>
          </tr>
        </thead>
        <tbody>
          {(item?.materials ?? []).map((material) => {
            const own = files.filter((file) => file.materialCode === material.code);
            const missing = view.missingMaterials.includes(material.code);
            const handed = supplied.includes(material.code);
            const state = missing
              ? 'workbench.material.notified'
              : handed
                ? 'workbench.material.handed'
                : material.required
                  ? 'workbench.material.missing'
                  : 'workbench.material.optional';
            return (
              <tr key={material.code}>
                <td>
                  {`${material.code} ${material.name}`}
                  {material.required ? (
                    <span className="ui-required" aria-label={t('portal.material.must')}>
                      *
                    </span>
                  ) : null}
                </td>
                <td className={missing || (!handed && material.required) ? 'wb-missing' : ''}>{t(state)}</td>
                <td>
                  {own.length === 0 ? '—' : null}
                  {own.map((file) => (
                    <button
                      key={file.id}
                      type="button"
                      className="ui-button ui-button--ghost wb-file"
                      onClick={() => void open(file)}
                    >
                      {`□ ${file.fileName}（${formatBytes(file.size)}）`}
                    </button>
                  ))}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <ErrorNotice error={error} />
    </>
  );
}
