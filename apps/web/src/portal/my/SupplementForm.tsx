import { Button, Card, Checkbox, Space } from 'antd';
import { type FormEvent, useState } from 'react';
import { applicationKey } from '../../api/application';
import { useCommand } from '../../api/query';
import { t } from '../../i18n/t';
import type { ApplicationView, Attachment, CatalogItem } from '@tongban/api-contract';
import { ErrorAlert } from '../ui/QueryStates';
import { MaterialPicker } from '../upload/MaterialPicker';

/** One upload per listed material and a single 提交补正 that answers the whole notice. */
export function SupplementForm({
  view,
  item,
  files,
}: {
  view: ApplicationView;
  item: CatalogItem | undefined;
  files: Attachment[];
}) {
  const [ticked, setTicked] = useState<string[]>([]);
  const [uploaded, setUploaded] = useState<Attachment[]>([]);
  const [problem, setProblem] = useState<Error | null>(null);
  const supplement = useCommand<string[]>({
    request: (codes) => ({
      path: `/applications/${view.id}/supplement`,
      body: { materials: codes.map((code) => ({ code })) },
    }),
    invalidates: [applicationKey(view.id), ['applications']],
    idempotent: true,
  });
  const all = [...files, ...uploaded.filter((u) => !files.some((f) => f.id === u.id))];
  const ready = view.missingMaterials.filter(
    (code) => ticked.includes(code) || all.some((f) => f.materialCode === code),
  );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!ready.length) {
      setProblem(new Error(t('portal.supplement.none')));
      return;
    }
    setProblem(null);
    await supplement.run(ready).catch(() => undefined);
  };

  return (
    <form className="portal-supplement" onSubmit={submit} aria-labelledby="supplement-title">
      <h3 id="supplement-title">{t('portal.supplement.title')}</h3>
      <Space orientation="vertical" size={12} className="portal-materials">
        {view.missingMaterials.map((code) => {
          const material = item?.materials.find((m) => m.code === code) ?? { code, name: code };
          const mine = all.filter((f) => f.materialCode === code);
          return (
            <Card key={code} size="small" role="group" aria-label={material.name} title={material.name}>
              <MaterialPicker
                material={material}
                target={{ applicationId: view.id }}
                files={mine}
                onUploaded={(f) => setUploaded((c) => [...c, f])}
              />
              <Checkbox
                checked={ready.includes(code)}
                onChange={(e) => setTicked((c) => (e.target.checked ? [...c, code] : c.filter((x) => x !== code)))}
              >
                {t('portal.supplement.byHand')}
                <span className="ui-visually-hidden">{`：${material.name}`}</span>
              </Checkbox>
            </Card>
          );
        })}
      </Space>
      <ErrorAlert error={problem ?? supplement.error} />
      <Button
        type="primary"
        size="large"
        htmlType="submit"
        loading={supplement.pending}
        className="portal-supplement__submit"
      >
        {t('portal.supplement.submit')}
      </Button>
    </form>
  );
}
