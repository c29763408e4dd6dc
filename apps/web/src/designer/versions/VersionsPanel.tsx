import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Form, Select, Space, Tag, Timeline, Typography } from 'antd';
import { useState } from 'react';
import type { FlowDefinition } from '@tongban/flow-model';
import { t } from '../../i18n/t';
import type { VersionSummary } from '@tongban/api-contract';
import { flowQueries } from '../editor/flowApi';
import { tf, tk } from '../i18n/format';
import { authorLabel, publisherLabel } from './authorLabel';
import { CompareDialog } from './CompareDialog';
import { formatInstant } from './formatInstant';
import { TAG_COLOURS } from '../statusColours';

interface Props {
  flowKey: string;
  onRestore: (definition: FlowDefinition, version: number) => Promise<void>;
}

function VersionEntry({ version, onRestore }: { version: VersionSummary; onRestore(): void }) {
  const publisher = publisherLabel(version);
  return (
    <div className="versions__item" data-version={version.version}>
      <Space size={4} wrap>
        <strong>{tf('designer.version', { n: version.version })}</strong>
        <Tag color={version.status === 'published' ? TAG_COLOURS.published : undefined}>
          {tk('designer.status.', version.status)}
        </Tag>
        {version.current && <Tag color={TAG_COLOURS.current}>{t('designer.versions.current')}</Tag>}
      </Space>
      <Typography.Text type="secondary" className="versions__meta">
        {tf('designer.versions.by', { who: authorLabel(version), at: formatInstant(version.createdAt) })}
      </Typography.Text>
      {publisher && version.publishedAt && (
        <Typography.Text type="secondary" className="versions__meta">
          {tf('designer.versions.publishedBy', { who: publisher, at: formatInstant(version.publishedAt) })}
        </Typography.Text>
      )}
      {version.note && (
        <Typography.Paragraph className="versions__note">
          {tf('designer.versions.note', { note: version.note })}
        </Typography.Paragraph>
      )}
      <Button type="link" size="small" className="versions__restore" onClick={onRestore}>
        {t('designer.versions.restore')}
      </Button>
    </div>
  );
}

/** 版本历史: every version with status, author, publisher and note; compare two, or restore one as a new draft. */
export function VersionsPanel({ flowKey, onRestore }: Props) {
  const client = useQueryClient();
  const versions = useQuery(flowQueries.versions(flowKey));
  const list = versions.data ?? [];
  const [chosen, setChosen] = useState<{ from?: number; to?: number }>({});
  const [comparing, setComparing] = useState(false);
  // Newest two by default; a choice stays while the list refreshes.
  const pair = list.length > 1 ? { from: chosen.from ?? list[1].version, to: chosen.to ?? list[0].version } : null;

  const restore = async (version: number) => {
    const detail = await client.fetchQuery(flowQueries.version(flowKey, version));
    await onRestore(detail.definition, version);
  };
  const options = list.map((v) => ({ value: v.version, label: tf('designer.version', { n: v.version }) }));

  return (
    <section className="props versions" aria-labelledby="versions-title">
      <h2 id="versions-title" className="props__title">
        {t('designer.versions.title')}
      </h2>
      {versions.error && <Alert type="error" showIcon title={versions.error.message} />}
      {versions.isSuccess && list.length === 0 && <p>{t('designer.versions.empty')}</p>}
      {pair && (
        <Form layout="inline" className="versions__compare" size="small">
          {(['from', 'to'] as const).map((side) => (
            <Form.Item
              key={side}
              label={t(side === 'from' ? 'designer.versions.compare.from' : 'designer.versions.compare.to')}
              htmlFor={`versions-${side}`}
            >
              <Select
                id={`versions-${side}`}
                value={pair[side]}
                options={options}
                onChange={(value: number) => setChosen({ ...pair, [side]: value })}
                style={{ minWidth: 96 }}
              />
            </Form.Item>
          ))}
          <Button onClick={() => setComparing(true)}>{t('designer.versions.compare')}</Button>
        </Form>
      )}
      <Timeline
        className="versions__list"
        items={list.map((version) => ({
          key: version.version,
          color: version.status === 'published' ? 'green' : 'gray',
          content: <VersionEntry version={version} onRestore={() => void restore(version.version)} />,
        }))}
      />
      {comparing && pair && (
        <CompareDialog flowKey={flowKey} from={pair.from} to={pair.to} onClose={() => setComparing(false)} />
      )}
    </section>
  );
}
