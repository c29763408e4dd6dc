import { useQuery } from '@tanstack/react-query';
import { Card, Col, Descriptions, Row, Tree } from 'antd';
import { useState } from 'react';
import { useSession } from '../../auth/session';
import { t } from '../../i18n/t';
import { ErrorNotice } from '../../shared-ui/Notice';
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
  const list = centers.data ?? [];
  const selected = list.find((center) => center.id === selectedId) ?? null;

  return (
    <>
      <header className="ad-head">
        <h1>{t('admin.centers.title')}</h1>
      </header>
      <p className="ui-muted">{t('admin.centers.intro')}</p>
      <ErrorNotice error={centers.error} />
      <Row gutter={[16, 16]}>
        <Col xs={24} md={10}>
          <Card title={<h2 className="ad-card-title">{t('admin.centers.tree')}</h2>}>
            {list.length > 0 ? (
              <Tree
                aria-label={t('admin.centers.tree')}
                defaultExpandAll
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
                <CenterForms key={selected.id} center={selected} onCreated={setSelectedId} />
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
