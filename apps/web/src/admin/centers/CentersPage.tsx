import { useQuery } from '@tanstack/react-query';
import { Card, Col, Descriptions, Row, Tree } from 'antd';
import { useState } from 'react';
import { useSession } from '../../auth/session';
import { t } from '../../i18n/t';
import { ErrorNotice, SuccessNotice } from '../../shared-ui/Notice';
import { centersQuery } from '../api';
import { centerTree, type CenterNode } from '../forms';
import { CenterForms } from './CenterForms';

interface TreeEntry {
  key: string;
  title: string;
  children: TreeEntry[];
}

const toTreeData = (nodes: CenterNode[]): TreeEntry[] =>
  nodes.map(({ center, children }) => ({
    key: center.id,
    title: `${center.name}（${t(`admin.level.${center.level}`)}）`,
    children: toTreeData(children),
  }));

/** 中心: the province → city → county tree; rename a center, open a child center. */
export function CentersPage() {
  const { user } = useSession();
  const centers = useQuery(centersQuery());
  const [selectedId, setSelectedId] = useState(user?.centerId ?? '');
  const [done, setDone] = useState<string | null>(null);
  // Every center starts open, a new one too; only what the admin folds stays folded.
  const [folded, setFolded] = useState<ReadonlySet<string>>(new Set());
  const list = centers.data ?? [];
  const selected = list.find((center) => center.id === selectedId) ?? null;

  return (
    <>
      <header className="ad-head">
        <h1>{t('admin.centers.title')}</h1>
      </header>
      <p className="ui-muted">{t('admin.centers.intro')}</p>
      <ErrorNotice error={centers.error} />
      {done ? <SuccessNotice>{done}</SuccessNotice> : null}
      <Row gutter={[16, 16]}>
        <Col xs={24} md={10}>
          <Card title={<h2 className="ad-card-title">{t('admin.centers.tree')}</h2>}>
            {list.length > 0 ? (
              <Tree
                aria-label={t('admin.centers.tree')}
                expandedKeys={list.map((center) => center.id).filter((id) => !folded.has(id))}
                onExpand={(keys) => {
                  const open = new Set(keys.map(String));
                  setFolded(new Set(list.map((center) => center.id).filter((id) => !open.has(id))));
                }}
                selectedKeys={[selectedId]}
                onSelect={(keys) => keys[0] !== undefined && setSelectedId(String(keys[0]))}
                treeData={toTreeData(centerTree(list))}
              />
            ) : null}
          </Card>
        </Col>
        <Col xs={24} md={14}>
          <Card title={<h2 className="ad-card-title">{t('admin.centers.selected')}</h2>}>
            {selected ? (
              <>
                <Descriptions
                  size="small"
                  column={1}
                  items={[
                    { key: 'id', label: t('admin.centers.id'), children: selected.id },
                    { key: 'name', label: t('admin.centers.name'), children: selected.name },
                    { key: 'level', label: t('admin.centers.level'), children: t(`admin.level.${selected.level}`) },
                  ]}
                />
                <CenterForms key={selected.id} center={selected} onCreated={setSelectedId} onDone={setDone} />
              </>
            ) : (
              <p>{t('admin.centers.none')}</p>
            )}
          </Card>
        </Col>
      </Row>
    </>
  );
}
