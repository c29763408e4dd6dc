import { WarningOutlined } from '@ant-design/icons';
import { Card, Col, List, Row } from 'antd';
import { suppliedCodes, useApplicationPage } from '../../api/application';
import { t } from '../../i18n/t';
import { formatBytes } from '../../shared-ui/upload';
import { completedNodeIds, tacitNodeIds } from '../../shared-ui/progress';
import { isDecided, isFinal } from '@tongban/flow-engine';
import { LinkButton } from '../ui/LinkButton';
import { FlowDiagram } from '../../shared-ui/FlowDiagram';
import { ErrorAlert, Loading } from '../ui/QueryStates';
import { NoticeDocument } from './NoticeDocument';
import { ProgressTimeline } from './ProgressTimeline';
import { RatingPanel } from './RatingPanel';
import { ResultPanel } from './ResultPanel';
import { SummaryCard } from './SummaryCard';
import { SupplementForm } from './SupplementForm';
import { WithdrawPanel } from './WithdrawPanel';

const HALF = { xs: 24, lg: 12 };

/** 办件进度: where the item stands, its clock, the notice to answer, the result and the rating; one column on a phone. */
export function ProgressPage({ id }: { id: string }) {
  const { view, flow, item, files, nodeNames, materialNames } = useApplicationPage(id);
  if (view.error) return <ErrorAlert error={view.error} retry={() => void view.refetch()} />;
  if (!view.data) return <Loading />;
  const v = view.data;
  const supplied = suppliedCodes(v);

  return (
    <div className="portal-progress">
      <p className="ui-no-print">
        <LinkButton type="link" to="/portal/my">{`← ${t('portal.my.title')}`}</LinkButton>
      </p>
      <SummaryCard view={v} item={item.data} />

      {v.status === 'awaiting-supplement' ? (
        <Card className="portal-banner" aria-labelledby="notice-banner" role="region">
          <h2 id="notice-banner" className="portal-banner__title">
            <WarningOutlined aria-hidden="true" /> {t('portal.notice.banner')}
          </h2>
          <NoticeDocument view={v} item={item.data} />
          <SupplementForm view={v} item={item.data} files={files.data ?? []} />
        </Card>
      ) : null}

      {isDecided(v.status) ? (
        <Row gutter={[16, 16]}>
          <Col {...HALF}>
            <ResultPanel id={id} />
          </Col>
          <Col {...HALF}>
            <RatingPanel id={id} />
          </Col>
        </Row>
      ) : null}

      <Card title={<h2 id="flow-title">{t('portal.progress.flow')}</h2>} className="portal-section">
        {flow.data ? (
          <FlowDiagram
            definition={flow.data.definition}
            activeNodeIds={v.currentNodes}
            completedNodeIds={completedNodeIds(v.timeline, v.currentNodes)}
            tacitNodeIds={tacitNodeIds(v.timeline)}
            departmentNames={flow.data.departmentNames}
          />
        ) : flow.error ? (
          <ErrorAlert error={flow.error} retry={() => void flow.refetch()} />
        ) : (
          <Loading />
        )}
      </Card>

      <Row gutter={[16, 16]}>
        <Col {...HALF}>
          <Card title={<h2>{t('portal.progress.materials')}</h2>} className="portal-section">
            <List
              size="small"
              dataSource={item.data?.materials ?? []}
              rowKey="code"
              renderItem={(material) => {
                const own = (files.data ?? []).filter((file) => file.materialCode === material.code);
                const handed = supplied.includes(material.code);
                const missing = v.missingMaterials.includes(material.code);
                const state = t(
                  missing ? 'portal.progress.missing' : handed ? 'portal.progress.handed' : 'portal.progress.notHanded',
                );
                return (
                  <List.Item>
                    <span>
                      <span aria-hidden="true">{missing ? '✖ ' : handed ? '✔ ' : '○ '}</span>
                      {material.name}
                      <span className="portal-muted">
                        {`（${state}${own.length ? `，${own.map((f) => `${f.fileName} ${formatBytes(f.size)}`).join('、')}` : ''}）`}
                      </span>
                    </span>
                  </List.Item>
                );
              }}
            />
          </Card>
        </Col>
        <Col {...HALF}>
          <Card title={<h2>{t('portal.progress.timeline')}</h2>} className="portal-section">
            <ProgressTimeline
              entries={v.timeline}
              nodeNames={nodeNames}
              materialNames={materialNames}
              applicant={v.applicant}
            />
            {!isFinal(v.status) ? (
              <div className="portal-withdraw">
                <WithdrawPanel id={id} />
              </div>
            ) : null}
          </Card>
        </Col>
      </Row>
    </div>
  );
}
