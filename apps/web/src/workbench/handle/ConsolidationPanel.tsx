import { t } from '../../i18n/t';
import type { Opinion } from '@tongban/api-contract';
import { formatDateTime } from '../../shared-ui/format';

/** 牵头部门汇总: every co-department's decision and comment, for the lead department's consolidation task. */
export function ConsolidationPanel({
  opinions,
  departmentNames = {},
  nameOf,
}: {
  opinions: Opinion[];
  departmentNames?: Record<string, string>;
  nameOf(username: string): string;
}) {
  return (
    <section className="ui-card" aria-labelledby="consolidation-title">
      <h2 id="consolidation-title">{t('workbench.consolidation.title')}</h2>
      <p>{t('workbench.consolidation.hint')}</p>
      {opinions.length === 0 ? (
        <p>{t('workbench.consolidation.empty')}</p>
      ) : (
        <table className="ui-table">
          <thead>
            <tr>
              <th scope="col">{t('workbench.consolidation.department')}</th>
              <th scope="col">{t('workbench.consolidation.decision')}</th>
              <th scope="col">{t('workbench.consolidation.comment')}</th>
              <th scope="col">{t('workbench.consolidation.actor')}</th>
              <th scope="col">{t('workbench.consolidation.at')}</th>
            </tr>
          </thead>
          <tbody>
            {opinions.map((opinion) => (
              <tr key={opinion.nodeId}>
                <td>{(opinion.department && departmentNames[opinion.department]) ?? opinion.department ?? '—'}</td>
                <td>
                  {opinion.tacit
                    ? t('workbench.consolidation.tacit')
                    : t(`workbench.consolidation.${opinion.decision}` as const)}
                </td>
                <td>{opinion.comment ?? '—'}</td>
                <td>{nameOf(opinion.actor)}</td>
                <td>{formatDateTime(opinion.at)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
