import { useQuery } from '@tanstack/react-query';
import { Button, Card, Flex, Typography } from 'antd';
import { type FormEvent, useState } from 'react';
import { useNavigate } from 'react-router';
import { catalogItemQuery } from '../../api/application';
import { apiQuery, useCommand, withQuery } from '../../api/query';
import { useSession } from '../../auth/session';
import type { MessageKey } from '../../i18n/zh-CN';
import { t } from '../../i18n/t';
import type { Attachment } from '@tongban/api-contract';
import { ErrorAlert, Loading } from '../ui/QueryStates';
import { useApplyDraft } from './applyDraft';
import { ApplicantStep, DeliveryStep, MaterialsStep, NoticeStep } from './ApplySteps';
import { ApplyStepper } from './ApplyStepper';
import { ConfirmStep } from './ConfirmStep';

const STEPS: MessageKey[] = [
  'portal.apply.notice',
  'portal.apply.applicant',
  'portal.apply.materials',
  'portal.apply.delivery',
  'portal.apply.confirm',
];

interface Created {
  id: string;
  receiptNo: string;
}

/** 在线申报: notice → applicant → materials → channel and delivery → confirm; then the receipt. */
export function ApplyPage({ code, center = null }: { code: string; center?: string | null }) {
  const { user } = useSession();
  const navigate = useNavigate();
  const item = useQuery(catalogItemQuery(code, center));
  const drafts = useQuery({
    ...apiQuery<Attachment[]>(withQuery('/attachments/drafts', { itemCode: code, center: item.data?.centerId })),
    enabled: Boolean(item.data),
  });
  const { draft, update, clear } = useApplyDraft(`tongban.apply.${user?.username}.${code}`);
  // Uploaded files are the server's drafts plus what was uploaded or removed on this visit.
  const [added, setAdded] = useState<Attachment[]>([]);
  const [removed, setRemoved] = useState<string[]>([]);
  const [problem, setProblem] = useState<Error | null>(null);
  const create = useCommand<object, Created>({
    request: (body) => ({ path: '/applications', body }),
    invalidates: [['applications']],
  });
  const link = useCommand<{ applicationId: string; attachmentIds: string[] }>({
    request: (body) => ({ path: '/attachments/link', body }),
    invalidates: [['attachments'], ['applications']],
  });
  const remove = useCommand<string>({ request: (id) => ({ path: `/attachments/${id}`, method: 'DELETE' }) });

  if (item.error) return <ErrorAlert error={item.error} retry={() => void item.refetch()} />;
  if (!item.data || !user) return <Loading />;
  const it = item.data;
  const files = [...(drafts.data ?? []), ...added].filter(
    (file, index, all) => !removed.includes(file.id) && all.findIndex((f) => f.id === file.id) === index,
  );
  const handedIn = it.materials
    .map((m) => m.code)
    .filter((c) => draft.ticked.includes(c) || files.some((f) => f.materialCode === c));

  const invalid = (): MessageKey | null => {
    if (draft.step === 0 && !draft.agreed) return 'portal.apply.needAgree';
    if (draft.step === 1 && !/^1\d{10}$/.test(draft.phone.trim())) return 'portal.apply.needPhone';
    if (draft.step === 1 && !draft.projectName.trim()) return 'portal.apply.needProject';
    if (draft.step === 1 && draft.area.trim() && !(Number(draft.area) >= 0)) return 'portal.apply.needArea';
    if (draft.step === 4 && !draft.promise) return 'portal.apply.needPromise';
    return null;
  };

  const removeFile = async (file: Attachment) => {
    await remove.run(file.id).catch(() => undefined);
    setRemoved((current) => [...current, file.id]);
  };

  const submit = async () => {
    const data = {
      projectName: draft.projectName.trim(),
      site: draft.site.trim(),
      phone: draft.phone.trim(),
      delivery: draft.delivery,
      note: draft.note.trim(),
      ...(draft.area.trim() ? { area: Number(draft.area) } : {}),
    };
    try {
      const created = await create.run({
        itemCode: code,
        ...(item.data ? { centerId: item.data.centerId } : {}),
        channel: draft.channel,
        materials: handedIn.map((c) => ({ code: c })),
        data,
      });
      if (files.length) await link.run({ applicationId: created.id, attachmentIds: files.map((f) => f.id) });
      clear();
      void navigate(`/portal/my/${created.id}/receipt`);
    } catch (caught) {
      setProblem(caught instanceof Error ? caught : new Error(t('ui.error.generic')));
    }
  };

  const next = (event: FormEvent) => {
    event.preventDefault();
    const wrong = invalid();
    if (wrong) {
      setProblem(new Error(t(wrong)));
      return;
    }
    setProblem(null);
    if (draft.step < STEPS.length - 1) update({ step: draft.step + 1 });
    else void submit();
  };

  const busy = create.pending || link.pending;
  const stepProps = { item: it, draft, update };
  return (
    <>
      <Typography.Title level={1}>{`${t('portal.apply.title')}：${it.name}`}</Typography.Title>
      <ApplyStepper steps={STEPS} current={draft.step} onGo={(step) => update({ step })} />
      <Card className="portal-apply">
        <form onSubmit={next} noValidate>
          {draft.step === 0 ? <NoticeStep {...stepProps} /> : null}
          {draft.step === 1 ? <ApplicantStep {...stepProps} user={user} /> : null}
          {draft.step === 2 ? (
            <MaterialsStep
              {...stepProps}
              files={files}
              onUploaded={(f) => setAdded((c) => [...c, f])}
              onRemove={(f) => void removeFile(f)}
            />
          ) : null}
          {draft.step === 3 ? <DeliveryStep {...stepProps} /> : null}
          {draft.step === 4 ? <ConfirmStep {...stepProps} handedIn={handedIn} files={files} /> : null}
          <ErrorAlert error={problem} />
          <Flex gap={8} wrap align="center" className="portal-apply__nav">
            {draft.step > 0 ? (
              <Button size="large" onClick={() => update({ step: draft.step - 1 })}>
                {t('portal.apply.back')}
              </Button>
            ) : null}
            <Button size="large" type="primary" htmlType="submit" loading={busy}>
              {draft.step === STEPS.length - 1
                ? busy
                  ? t('portal.apply.sending')
                  : t('portal.apply.submit')
                : t('portal.apply.next')}
            </Button>
            <Typography.Text type="secondary">{t('portal.apply.saved')}</Typography.Text>
          </Flex>
        </form>
      </Card>
    </>
  );
}
