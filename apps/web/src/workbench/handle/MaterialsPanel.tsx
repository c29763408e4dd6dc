import { Alert, Button, Table, type TableProps } from 'antd';
import { useState } from 'react';
import { ApiError } from '../../api/client';
import { t } from '../../i18n/t';
import type { ApplicationView, Attachment, CatalogItem } from '@tongban/api-contract';
import { downloadFromApi } from '../../shared-ui/download';
import { formatBytes } from '../../shared-ui/upload';
import { FilePreview, previewable } from './FilePreview';

type Material = CatalogItem['materials'][number];

/** The guide's materials against what the applicant handed in; images and PDF open to be read, not downloaded. */
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
  const [shown, setShown] = useState<Attachment | null>(null);
  const [error, setError] = useState<Error | null>(null);
  const open = (file: Attachment) => {
    if (previewable(file)) return setShown(file);
    downloadFromApi(`/attachments/${file.id}/content`, file.fileName).catch((caught: unknown) =>
      setError(caught instanceof ApiError ? caught : new Error(String(caught))),
    );
  };
  const columns: TableProps<Material>['columns'] = [
    {
      key: 'name',
      title: t('workbench.material.name'),
      render: (_, material) => (
        <>
          {`${material.code} ${material.name}`}
          {material.required ? (
            <span className="ui-required" aria-label={t('portal.material.must')}>
              *
            </span>
          ) : null}
        </>
      ),
    },
    {
      key: 'state',
      title: t('workbench.material.state'),
      width: 104,
      className: 'wb-nowrap',
      render: (_, material) => {
        const missing = view.missingMaterials.includes(material.code);
        const handed = supplied.includes(material.code);
        const state = missing
          ? 'workbench.material.notified'
          : handed
            ? 'workbench.material.handed'
            : material.required
              ? 'workbench.material.missing'
              : 'workbench.material.optional';
        return <span className={missing || (!handed && material.required) ? 'wb-missing' : ''}>{t(state)}</span>;
      },
    },
    {
      key: 'files',
      title: t('workbench.material.files'),
      render: (_, material) => {
        const own = files.filter((file) => file.materialCode === material.code);
        if (!own.length) return '—';
        return own.map((file) => (
          <Button key={file.id} type="link" size="small" className="wb-file" onClick={() => open(file)}>
            {`${previewable(file) ? t('workbench.preview.open') : t('workbench.preview.download')}：${file.fileName}（${formatBytes(file.size)}）`}
          </Button>
        ));
      },
    },
  ];
  return (
    <>
      <Table<Material>
        rowKey="code"
        size="small"
        pagination={false}
        columns={columns}
        dataSource={item?.materials ?? []}
      />
      {error ? <Alert type="error" showIcon message={error.message} /> : null}
      {shown ? <FilePreview file={shown} onClose={() => setShown(null)} /> : null}
    </>
  );
}
