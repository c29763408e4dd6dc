import { Alert, Button, Table, Tag, type TableProps } from 'antd';
import { useState } from 'react';
import { useCommand } from '../../api/query';
import { useSession } from '../../auth/session';
import { t } from '../../i18n/t';
import type { Rating } from '@tongban/api-contract';
import { formatDateTime } from '../../shared-ui/format';
import { PastDueDate } from '../../shared-ui/PastDueDate';
import { ReasonDialog } from '../../shared-ui/ReasonDialog';
import { type PageState, usePage } from '../../api/usePage';
import { pagination, sortOrder, tableChange, type TableParts } from '../../shared-ui/pagedTable';
import { ComplaintDaysSetting } from './ComplaintDaysSetting';

/** 差评整改: complaints of the center with their answer deadline; an answer closes the ledger row. */
export function ComplaintsPage() {
  const { user } = useSession();
  // Open complaints first (the route's own order) until a column asks for another.
  const [paging, setPaging] = useState<PageState>({ page: 1, pageSize: 20 });
  const complaints = usePage<Rating>('/complaints', paging, {}, { live: true });
  const parts: TableParts = {
    total: complaints.data?.total ?? 0,
    state: paging,
    loading: complaints.isFetching && !complaints.data,
    onChange: setPaging,
  };
  const [answering, setAnswering] = useState<Rating | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const answer = useCommand<{ id: string; note: string }>({
    request: ({ id, note }) => ({ path: `/complaints/${encodeURIComponent(id)}/answer`, body: { note } }),
    invalidates: [['complaints']],
  });
  const mayAnswer = Boolean(user?.roles.some((role) => role === 'officer' || role === 'admin'));
  const columns: TableProps<Rating>['columns'] = [
    {
      key: 'receiptNo',
      dataIndex: 'receiptNo',
      title: t('workbench.col.receiptNo'),
      className: 'wb-mono',
      sorter: true,
      sortOrder: sortOrder(paging, 'receiptNo'),
    },
    { key: 'item', dataIndex: 'itemName', title: t('workbench.col.item') },
    {
      key: 'score',
      title: t('workbench.complaints.score'),
      render: (_, c) => `${c.score} · ${c.label}`,
      sorter: true,
      sortOrder: sortOrder(paging, 'score'),
    },
    {
      key: 'content',
      title: t('workbench.complaints.content'),
      render: (_, c) => [c.tags.join('、'), c.comment].filter(Boolean).join('：') || '—',
    },
    {
      key: 'dueDate',
      title: t('workbench.complaints.due'),
      sorter: true,
      sortOrder: sortOrder(paging, 'dueDate'),
      render: (_, c) => <PastDueDate date={c.complaint?.dueDate} pastDue={c.complaint?.red} />,
    },
    {
      key: 'state',
      title: t('workbench.complaints.state'),
      render: (_, c) =>
        c.complaint?.answered ? (
          <span>{`${t('workbench.complaints.answered')}（${formatDateTime(c.complaint.answeredAt)}）：${c.complaint.answer}`}</span>
        ) : (
          <Tag color="warning">{t('workbench.complaints.open')}</Tag>
        ),
    },
    {
      key: 'action',
      title: t('workbench.col.action'),
      render: (_, c) =>
        !c.complaint?.answered && mayAnswer ? (
          <Button
            type="primary"
            size="small"
            onClick={() => setAnswering(c)}
            aria-label={`${t('workbench.complaints.answer')}：${c.receiptNo}`}
          >
            {t('workbench.complaints.answer')}
          </Button>
        ) : null,
    },
  ];

  return (
    <>
      <h1>{t('workbench.complaints.title')}</h1>
      <p className="ui-muted">{t('workbench.complaints.intro')}</p>
      <ComplaintDaysSetting editable={Boolean(user?.roles.includes('admin'))} />
      {message ? <Alert type="success" showIcon role="status" message={message} className="wb-gap" /> : null}
      {complaints.error ? <Alert type="error" showIcon message={complaints.error.message} /> : null}
      <Table<Rating>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={complaints.data?.items ?? []}
        loading={parts.loading}
        pagination={pagination(parts)}
        onChange={tableChange(parts)}
        locale={{ emptyText: t('workbench.complaints.none') }}
      />
      <ReasonDialog
        open={answering !== null}
        title={t('workbench.complaints.answer')}
        label={t('workbench.complaints.answerLabel')}
        confirm={t('workbench.complaints.send')}
        busy={answer.pending}
        error={answer.error}
        onClose={() => setAnswering(null)}
        onSend={(note) =>
          answering &&
          void answer.run({ id: answering.id, note }).then(
            () => {
              setAnswering(null);
              setMessage(t('workbench.complaints.done'));
            },
            () => undefined,
          )
        }
      />
    </>
  );
}
