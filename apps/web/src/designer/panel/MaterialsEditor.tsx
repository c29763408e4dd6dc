import { Button, Checkbox, Input } from 'antd';
import type { Material } from '@tongban/flow-model';
import { t } from '../../i18n/t';
import { tf } from '../i18n/format';
import { useDesignerEdit } from '../state/DesignerContext';
import { Section } from './fields';

interface Props {
  materials: Material[];
  onMaterials: (next: Material[], transient?: boolean) => void;
}

function nextCode(materials: Material[]): string {
  const used = new Set(materials.map((m) => m.code));
  for (let n = materials.length + 1; ; n++) {
    const code = `M${String(n).padStart(2, '0')}`;
    if (!used.has(code)) return code;
  }
}

/** 材料清单: code · name · 必收, one row per material. */
export function MaterialsEditor({ materials, onMaterials }: Props) {
  const { dispatch } = useDesignerEdit();
  const commit = () => dispatch({ type: 'commit' });
  const set = (index: number, patch: Partial<Material>, transient = false) =>
    onMaterials(
      materials.map((m, i) => (i === index ? { ...m, ...patch } : m)),
      transient,
    );
  return (
    <Section title={t('designer.props.materials')}>
      <table className="materials">
        <thead>
          <tr>
            <th scope="col">{t('designer.props.material.code')}</th>
            <th scope="col">{t('designer.props.material.name')}</th>
            <th scope="col">{t('designer.props.material.required')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {materials.map((material, index) => (
            <tr key={index}>
              <td>
                <Input
                  size="small"
                  aria-label={t('designer.props.material.code')}
                  value={material.code}
                  onChange={(e) => set(index, { code: e.target.value }, true)}
                  onBlur={commit}
                />
              </td>
              <td>
                <Input
                  size="small"
                  aria-label={t('designer.props.material.name')}
                  value={material.name}
                  onChange={(e) => set(index, { name: e.target.value }, true)}
                  onBlur={commit}
                />
              </td>
              <td>
                <Checkbox
                  aria-label={t('designer.props.material.required')}
                  checked={material.required}
                  onChange={(e) => set(index, { required: e.target.checked })}
                />
              </td>
              <td>
                <Button
                  size="small"
                  type="text"
                  danger
                  aria-label={tf('designer.props.material.remove', { name: material.name || material.code })}
                  onClick={() => onMaterials(materials.filter((_, i) => i !== index))}
                >
                  ✕
                </Button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <Button
        type="link"
        size="small"
        onClick={() =>
          onMaterials([
            ...materials,
            {
              code: nextCode(materials),
              name: `${t('designer.props.material.name')} ${materials.length + 1}`,
              required: true,
            },
          ])
        }
      >
        {`＋ ${t('designer.props.material.add')}`}
      </Button>
    </Section>
  );
}
