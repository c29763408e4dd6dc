import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { DeadLetter } from '@tongban/api-contract';
import { Button, Popconfirm, Table } from 'antd';
import { useState } from 'react';
import { useCommand } from '../../api/query';
import { t } from '../../i18n/t';
import { formatDateTime, tf } from '../../shared-ui/format';
import { ErrorNotice, SuccessNotice } from '../../shared-ui/Notice';
import { ADMIN_KEYS, deadLettersQuery } from '../api';
import { useCenterChoice } from '../CenterPicker';
import { channelLabel, kindLabel } from './deadLetterLabels';

const FIRST_PAGE = { page: 1, pageSize: 20 };

/** One center's dead letters, newest first, a page at a time. */
function DeadLetterTable({ centerId }: { centerId: string }) {
  const [paging, setPaging] = useState(FIRST_PAGE);
  const [done, setDone] = useState<string | null>(null);
  const letters = useQuery({ ...deadLettersQuery(centerId, paging), placeholderData: keepPreviousData });
  const retry = useCommand<DeadLetter>({
    request: (letter) => ({ path: `/notifications/dead-letters/${letter.id}/retry` }),
    invalidates: ADMIN_KEYS.deadLetters,
  });
  const described = (letter: DeadLetter) => ({ kind: kindLabel(letter.kind), recipient: letter.recipient });

  return (
    <>
      <ErrorNotice error={letters.error ?? retry.error} />
      {done ? <SuccessNotice>{done}</SuccessNotice> : null}
      <Table<DeadLetter>
        rowKey="id"
        loading={letters.isFetching}
        dataSource={letters.data?.items ?? []}
        locale={{ emptyText: t('admin.deadLetters.empty') }}
        scroll={{ x: 'max-content' }}
        pagination={{
          current: paging.page,
          pageSize: paging.pageSize,
          total: letters.data?.total ?? 0,
          showSizeChanger: true,
          onChange: (page, pageSize) => setPaging({ page, pageSize }),
        }}
        columns={[
          {
            title: t('admin.deadLetters.deadAt'),
            key: 'deadAt',
            render: (_, letter) => formatDateTime(letter.deadAt),
          },
          { title: t('admin.deadLetters.kind'), key: 'kind', render: (_, letter) => kindLabel(letter.kind) },
          { title: t('admin.deadLetters.recipient'), dataIndex: 'recipient' },
          {
            title: t('admin.deadLetters.channel'),
            key: 'channel',
            render: (_, letter) => channelLabel(letter.channel),
          },
          { title: t('admin.deadLetters.attempts'), dataIndex: 'attempts' },
          {
            title: t('admin.deadLetters.lastError'),
            key: 'lastError',
            render: (_, letter) => <span className="ad-error-text">{letter.lastError ?? '—'}</span>,
          },
          {
            title: t('admin.actions'),
            key: 'actions',
            render: (_, letter) => (
              <Popconfirm
                title={t('admin.deadLetters.retryConfirm')}
                okText={t('admin.deadLetters.retry')}
                cancelText={t('admin.cancel')}
                onConfirm={() =>
                  retry.run(letter).then(
                    () => setDone(tf('admin.deadLetters.retried', described(letter))),
                    () => setDone(null),
                  )
                }
              >
                <Button type="link" aria-label={tf('admin.deadLetters.retryLabel', described(letter))}>
                  {t('admin.deadLetters.retry')}
                </Button>
              </Popconfirm>
            ),
          },
        ]}
      />
    </>
  );
}

/** 投递失败: the center's messages that used up their attempts; each can be sent again once the channel works. */
export function DeadLettersPage() {
  const { centerId, picker } = useCenterChoice();
  return (
    <>
      <header className="ad-head">
        <h1>{t('admin.deadLetters.title')}</h1>
        <div className="ad-head__actions">{picker}</div>
      </header>
      <p className="ui-muted">{t('admin.deadLetters.intro')}</p>
      {/* Keyed by center: another center starts on its first page. */}
      <DeadLetterTable key={centerId} centerId={centerId} />
    </>
  );
}
