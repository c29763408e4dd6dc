import { CameraOutlined, DeleteOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Progress, Upload } from 'antd';
import { useState } from 'react';
import { ApiError } from '../../api/client';
import { t } from '../../i18n/t';
import type { Attachment } from '@tongban/api-contract';
import { tf } from '../../shared-ui/format';
import { formatBytes, MAX_UPLOAD_BYTES } from '../../shared-ui/upload';
import { usePhone } from '../../shared-ui/usePhone';
import { type UploadTarget, uploadWithProgress } from './uploadWithProgress';

/** What a phone offers for a document: photos and PDF (OFD for the few who have one). */
const ACCEPT_FILES = 'image/jpeg,image/png,application/pdf,.jpg,.jpeg,.png,.pdf,.ofd';
const ACCEPT_PHOTO = 'image/jpeg,image/png';

/**
 * One material's upload: on a phone a 拍照上传 button opens the rear camera, and 选择文件 takes a photo or PDF
 * from the phone; each upload shows its progress and the server's verdict in words.
 */
export function MaterialPicker(props: {
  material: { code: string; name: string };
  target: UploadTarget;
  files: Attachment[];
  onUploaded(file: Attachment): void;
  onRemove?(file: Attachment): void;
}) {
  const { material, target, files, onUploaded, onRemove } = props;
  const phone = usePhone();
  const [sending, setSending] = useState<{ name: string; percent: number } | null>(null);
  const [error, setError] = useState<string | null>(null);

  const send = async (file: File) => {
    setError(null);
    if (file.size > MAX_UPLOAD_BYTES) {
      setError(tf('ui.upload.tooLarge', { size: formatBytes(file.size) }));
      return;
    }
    setSending({ name: file.name, percent: 0 });
    try {
      const stored = await uploadWithProgress(target, material.code, file, (percent) =>
        setSending({ name: file.name, percent }),
      );
      onUploaded(stored);
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : t('ui.upload.failed'));
    } finally {
      setSending(null);
    }
  };

  const picker = (accept: string, capture: boolean) => (
    <Upload
      className={capture ? 'portal-picker__camera' : 'portal-picker__file'}
      accept={accept}
      capture={capture ? 'environment' : undefined}
      showUploadList={false}
      disabled={sending !== null}
      beforeUpload={(file) => {
        void send(file);
        return false;
      }}
    >
      <Button
        icon={capture ? <CameraOutlined /> : <UploadOutlined />}
        type={capture ? 'primary' : 'default'}
        disabled={sending !== null}
        aria-label={`${t(capture ? 'portal.upload.camera' : 'portal.upload.file')}：${material.name}`}
      >
        {t(capture ? 'portal.upload.camera' : 'portal.upload.file')}
      </Button>
    </Upload>
  );

  return (
    <div className="portal-picker">
      <Flex gap={8} wrap>
        {phone ? picker(ACCEPT_PHOTO, true) : null}
        {picker(ACCEPT_FILES, false)}
      </Flex>
      {sending ? (
        <div className="portal-picker__progress" role="status">
          <span>{tf('portal.upload.sending', { name: sending.name, percent: sending.percent })}</span>
          <Progress percent={sending.percent} size="small" aria-label={sending.name} />
        </div>
      ) : null}
      {files.length ? (
        <ul className="portal-picker__files">
          {files.map((file) => (
            <li key={file.id}>
              <PaperClipOutlined aria-hidden="true" />
              <span className="portal-picker__name">{`${file.fileName}（${formatBytes(file.size)}）`}</span>
              {onRemove ? (
                <Button
                  type="text"
                  danger
                  size="small"
                  icon={<DeleteOutlined />}
                  onClick={() => onRemove(file)}
                  aria-label={`${t('ui.upload.remove')}：${file.fileName}`}
                >
                  {t('ui.upload.remove')}
                </Button>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      {error ? <Alert type="error" showIcon title={error} className="portal-picker__error" /> : null}
    </div>
  );
}
