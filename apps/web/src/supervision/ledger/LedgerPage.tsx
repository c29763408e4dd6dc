import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { LedgerEntry } from '@tongban/api-contract';
import { App, Button, Card, Space } from 'antd';
import { useState } from 'react';
import { useDepartmentNames } from '../../api/names';
import { usePeople } from '../../api/people';
import { useCommand } from '../../api/query';
import type { PageState } from '../../api/usePage';
import { t } from '../../i18n/t';
import { downloadFromApi } from '../../shared-ui/download';
import { ErrorNotice } from '../../shared-ui/Notice';
import { ReasonDialog } from '../../shared-ui/ReasonDialog';
import { complaintsQuery, type LedgerFilter, ledgerQuery, SUPERVISION_KEYS } from '../api';
import { ComplaintTable } from './ComplaintTable';
import { LedgerFilters } from './LedgerFilters';
import { type LedgerSort, LedgerTable } from './LedgerTable';

/** 问责台账 (server-paginated, sortable, filterable) and 差评投诉, with 销号 (a note is required) and the CSV exports. */
export function LedgerPage() {
  const [filter, setFilter] = useState<LedgerFilter>({});
  const [paging, setPaging] = useState({ page: 1, pageSize: 10 });
  const [sort, setSort] = useState<LedgerSort>({});
  const ledger = useQuery({ ...ledgerQuery({ ...paging, ...sort, ...filter }), placeholderData: keepPreviousData });
  const [complaintPage, setComplaintPage] = useState<PageState>({ page: 1, pageSize: 10 });
  const complaints = useQuery({ ...complaintsQuery(complaintPage), placeholderData: keepPreviousData });
  const departmentName = useDepartmentNames();
  const rows = ledger.data?.items ?? [];
  const { nameOf } = usePeople(rows.flatMap((row) => [row.officer, row.closedBy]));
  const { message } = App.useApp();
  const [closing, setClosing] = useState<LedgerEntry | null>(null);
  const close = useCommand<{ id: string; note: string }>({
    request: ({ id, note }) => ({ path: `/supervision/ledger/${id}/close`, body: { note } }),
    invalidates: SUPERVISION_KEYS,
  });
  const download = (path: string, fileName: string) =>
    void downloadFromApi(path, fileName).catch((caught: unknown) =>
      message.error(caught instanceof Error ? caught.message : String(caught)),
    );
  const send = async (note: string) => {
    if (!closing) return;
    try {
      await close.run({ id: closing.id, note });
      setClosing(null);
      close.reset();
      void message.success(t('supervision.ledger.closedOk'));
    } catch {
      // The dialog shows close.error.
    }
  };

  return (
    <>
      <header className="sv-head">
        <h1>{t('supervision.ledger.title')}</h1>
        <Space className="sv-head__actions">
          <Button onClick={() => download('/exports/ledger.csv', '问责台账.csv')}>
            {t('supervision.export.ledger')}
          </Button>
          <Button onClick={() => download('/exports/statistics.csv', '办结统计.csv')}>
            {t('supervision.export.figures')}
          </Button>
        </Space>
      </header>
      <ErrorNotice error={ledger.error} />
      <Card title={<h2 className="sv-card-title">{t('supervision.ledger.rows')}</h2>} className="sv-section">
        <LedgerFilters
          onApply={(next) => {
            setFilter(next);
            setPaging((current) => ({ ...current, page: 1 }));
          }}
        />
        <LedgerTable
          rows={rows}
          total={ledger.data?.total ?? 0}
          page={paging.page}
          pageSize={paging.pageSize}
          sort={sort}
          loading={ledger.isFetching}
          departmentName={departmentName}
          nameOf={nameOf}
          onClose={setClosing}
          onChange={(page, pageSize, next) => {
            setPaging({ page, pageSize });
            setSort(next);
          }}
        />
      </Card>
      <Card title={<h2 className="sv-card-title">{t('supervision.complaints.title')}</h2>} className="sv-section">
        <ComplaintTable
          complaints={complaints.data?.items ?? []}
          parts={{
            total: complaints.data?.total ?? 0,
            state: complaintPage,
            loading: complaints.isFetching,
            onChange: setComplaintPage,
          }}
        />
      </Card>
      <ReasonDialog
        danger
        key={closing?.id ?? 'none'}
        open={closing !== null}
        title={t('supervision.ledger.close')}
        label={t('supervision.ledger.closeNote')}
        confirm={t('supervision.ledger.closeConfirm')}
        busy={close.pending}
        error={closing ? close.error : null}
        onClose={() => {
          setClosing(null);
          close.reset();
        }}
        onSend={(note) => void send(note)}
      />
    </>
  );
}
