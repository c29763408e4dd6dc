import { type FormEvent, useEffect, useState } from 'react';
import { api, ApiError } from '../../api/client';
import { useSession } from '../../auth/session';
import type { MessageKey } from '../../i18n/zh-CN';
import { t } from '../../i18n/t';
import type { Attachment, CatalogItem } from '../../shared-ui/apiTypes';
import { ErrorNotice, Loading } from '../../shared-ui/Notice';
import { useApi } from '../../shared-ui/useApi';
import { useApplyDraft } from './applyDraft';
import { ApplicantStep, DeliveryStep, MaterialsStep, NoticeStep } from './ApplySteps';
import { ApplySuccess } from './ApplySuccess';
import { ConfirmStep } from './ConfirmStep';
import { Stepper } from './Stepper';

const STEPS: MessageKey[] = [
  'portal.apply.notice',
  'portal.apply.applicant',
  'portal.apply.materials',
  'portal.apply.delivery',
  'portal.apply.confirm',
];

/** 在线申报: notice → applicant → materials → channel and delivery → confirm; then the receipt number. */
export function ApplyPage({ code }: { code: string }) {
  const { user } = useSession();
  const item = useApi<CatalogItem>(`/catalog/${encodeURIComponent(code)}`);
  const drafts = useApi<Attachment[]>(`/attachments/drafts?itemCode=${encodeURIComponent(code)}`);
  const { draft, update, clear } = useApplyDraft(`tongban.apply.${user?.username}.${code}`);
  const [files, setFiles] = useState<Attachment[]>([]);
  const [error, setError] = useState<Error | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<{ id: string; receiptNo: string } | null>(null);

  useEffect(() => setFiles(drafts.data ?? []), [drafts.data]);

  if (done && item.data)
    return <ApplySuccess id={done.id} receiptNo={done.receiptNo} itemName={item.data.name} itemCode={code} />;
  if (item.error) return <ErrorNotice error={item.error} />;
  if (!item.data || !user) return <Loading />;
  const it = item.data;
  const handedIn = it.materials
    .map((m) => m.code)
    .filter((c) => draft.ticked.includes(c) || files.some((f) => f.materialCode === c));

  const problem = (): MessageKey | null => {
    if (draft.step === 0 && !draft.agreed) return 'portal.apply.needAgree';
    if (draft.step === 1 && !/^1\d{10}$/.test(draft.phone.trim())) return 'portal.apply.needPhone';
    if (draft.step === 1 && !draft.projectName.trim()) return 'portal.apply.needProject';
    if (draft.step === 1 && draft.area.trim() && !(Number(draft.area) >= 0)) return 'portal.apply.needArea';
    if (draft.step === 4 && !draft.promise) return 'portal.apply.needPromise';
    return null;
  };

  const removeFile = async (file: Attachment) => {
    await api(`/attachments/${file.id}`, { method: 'DELETE' }).catch(() => undefined);
    setFiles((current) => current.filter((f) => f.id !== file.id));
  };

  const submit = async () => {
    setBusy(true);
    try {
      const data = {
        projectName: draft.projectName.trim(),
        site: draft.site.trim(),
        phone: draft.phone.trim(),
        delivery: draft.delivery,
        note: draft.note.trim(),
        ...(draft.area.trim() ? { area: Number(draft.area) } : {}),
      };
      const created = await api<{ id: string; receiptNo: string }>('/applications', {
        body: { itemCode: code, channel: draft.channel, materials: handedIn.map((c) => ({ code: c })), data },
      });
      if (files.length)
        await api('/attachments/link', { body: { applicationId: created.id, attachmentIds: files.map((f) => f.id) } });
      clear();
      setDone(created);
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new Error(t('ui.error.generic')));
    } finally {
      setBusy(false);
    }
  };

  const next = (event: FormEvent) => {
    event.preventDefault();
    const wrong = problem();
    if (wrong) {
      setError(new Error(t(wrong)));
      return;
    }
    setError(null);
    if (draft.step < STEPS.length - 1) update({ step: draft.step + 1 });
    else void submit();
  };

  const stepProps = { item: it, draft, update };
  return (
    <>
      <h1>{`${t('portal.apply.title')}：${it.name}`}</h1>
      <Stepper steps={STEPS} current={draft.step} onGo={(step) => update({ step })} />
      <form className="ui-card portal-apply" onSubmit={next} noValidate>
        {draft.step === 0 ? <NoticeStep {...stepProps} /> : null}
        {draft.step === 1 ? <ApplicantStep {...stepProps} user={user} /> : null}
        {draft.step === 2 ? (
          <MaterialsStep
            {...stepProps}
            files={files}
            onUploaded={(f) => setFiles((c) => [...c, f])}
            onRemove={removeFile}
          />
        ) : null}
        {draft.step === 3 ? <DeliveryStep {...stepProps} /> : null}
        {draft.step === 4 ? <ConfirmStep {...stepProps} handedIn={handedIn} files={files} /> : null}
        <ErrorNotice error={error} />
        <div className="ui-button-row portal-apply__nav">
          {draft.step > 0 ? (
            <button type="button" className="ui-button" onClick={() => update({ step: draft.step - 1 })}>
              {t('portal.apply.back')}
            </button>
          ) : null}
          <button type="submit" className="ui-button ui-button--primary" disabled={busy}>
            {draft.step === STEPS.length - 1
              ? busy
                ? t('portal.apply.sending')
                : t('portal.apply.submit')
              : t('portal.apply.next')}
          </button>
          <span className="ui-muted">{t('portal.apply.saved')}</span>
        </div>
      </form>
    </>
  );
}
