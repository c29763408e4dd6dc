import { Alert, Button, Modal, Space, Spin } from 'antd';
import { useEffect, useState } from 'react';
import { apiBlob } from '../../api/client';
import { t } from '../../i18n/t';
import type { Attachment } from '@tongban/api-contract';
import { saveBlob } from '../../shared-ui/download';

/** Images and PDF are shown in place (the content route answers them `inline`); other types are downloaded. */
export const previewable = (file: Attachment) =>
  file.contentType === 'application/pdf' || file.contentType === 'image/png' || file.contentType === 'image/jpeg';

function fetchContent(file: Attachment, signal: AbortSignal): Promise<Blob> {
  return apiBlob(`/attachments/${encodeURIComponent(file.id)}/content`, { signal });
}

/** 预览: the material in a dialog (image or PDF), with 新窗口打开 and 下载 beside it. */
export function FilePreview({ file, onClose }: { file: Attachment; onClose(): void }) {
  const [state, setState] = useState<{ url: string; blob: Blob } | Error | null>(null);
  useEffect(() => {
    const abort = new AbortController();
    let url: string | null = null;
    fetchContent(file, abort.signal).then(
      (blob) => {
        url = URL.createObjectURL(new Blob([blob], { type: file.contentType }));
        setState({ url, blob });
      },
      (caught: unknown) => {
        if (!abort.signal.aborted) setState(caught instanceof Error ? caught : new Error(String(caught)));
      },
    );
    return () => {
      abort.abort();
      if (url) URL.revokeObjectURL(url);
    };
  }, [file]);
  const ready = state && !(state instanceof Error) ? state : null;
  return (
    <Modal
      open
      width={960}
      title={`${t('workbench.preview.title')}：${file.fileName}`}
      onCancel={onClose}
      footer={
        <Space>
          <Button disabled={!ready} onClick={() => ready && window.open(ready.url, '_blank', 'noopener')}>
            {t('workbench.preview.newTab')}
          </Button>
          <Button disabled={!ready} onClick={() => ready && saveBlob(ready.blob, file.fileName)}>
            {t('workbench.preview.download')}
          </Button>
        </Space>
      }
    >
      {state instanceof Error ? <Alert type="error" showIcon message={state.message} /> : null}
      {!state ? <Spin /> : null}
      {ready && file.contentType === 'application/pdf' ? (
        <iframe title={file.fileName} src={ready.url} className="wb-preview wb-preview--pdf" />
      ) : null}
      {ready && file.contentType !== 'application/pdf' ? (
        <img src={ready.url} alt={file.fileName} className="wb-preview" />
      ) : null}
    </Modal>
  );
}
