import { type ChangeEvent, useId, useState } from 'react';
import { ApiError } from '../api/client';
import { t } from '../i18n/t';
import type { Attachment } from './apiTypes';
import { tf } from './format';
import { ACCEPTED_FILES, formatBytes, MAX_UPLOAD_BYTES, uploadAttachment } from './upload';

/**
 * One material's file picker: uploads at once (as a draft for `itemCode`, or onto `applicationId`) and
 * reports the server's verdict in words next to the control.
 */
export function MaterialUpload(props: {
  material: { code: string; name: string };
  target: { itemCode?: string; applicationId?: string };
  files: Attachment[];
  onUploaded(file: Attachment): void;
  onRemove?(file: Attachment): void;
}) {
  const { material, target, files, onUploaded, onRemove } = props;
  const inputId = useId();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setError(null);
    if (file.size > MAX_UPLOAD_BYTES) {
      setError(tf('ui.upload.tooLarge', { size: formatBytes(file.size) }));
      return;
    }
    setBusy(true);
    try {
      onUploaded(await uploadAttachment(target, material.code, file));
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : t('ui.upload.failed'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="ui-upload">
      <label htmlFor={inputId} className="ui-button ui-upload__pick">
        {busy ? t('ui.upload.busy') : t('ui.upload.pick')}
        <span className="ui-visually-hidden">{`：${material.name}`}</span>
      </label>
      <input
        id={inputId}
        className="ui-upload__input"
        type="file"
        accept={ACCEPTED_FILES}
        onChange={choose}
        disabled={busy}
      />
      <ul className="ui-upload__files">
        {files.map((file) => (
          <li key={file.id}>
            <span aria-hidden="true">□ </span>
            {`${file.fileName}（${formatBytes(file.size)}）`}
            {onRemove ? (
              <button
                type="button"
                className="ui-button ui-button--ghost"
                onClick={() => onRemove(file)}
                aria-label={`${t('ui.upload.remove')}：${file.fileName}`}
              >
                {t('ui.upload.remove')}
              </button>
            ) : null}
          </li>
        ))}
      </ul>
      {error ? (
        <p className="ui-upload__error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
