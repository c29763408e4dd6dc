import type { ItemTimeLimit } from '@tongban/flow-model';
import { t } from '../../i18n/t';
import { useDesigner } from '../state/DesignerContext';
import { NumberField, Section, TextField } from './fields';

/** With nothing selected: the flow's own name, key and the item's 法定/承诺 time limits. */
export function FlowProperties() {
  const { flow, dispatch } = useDesigner();
  const limit = flow.timeLimit;
  const setLimit = (patch: Partial<ItemTimeLimit>, transient?: boolean) => {
    const timeLimit = { statutoryDays: 0, promisedDays: 0, ...limit, ...patch };
    if (timeLimit.warnAtRemainingDays === undefined) delete timeLimit.warnAtRemainingDays;
    dispatch({ type: 'updateHeader', patch: { timeLimit }, transient });
  };
  const keyError = /^[a-z0-9-]+$/.test(flow.key) ? null : t('designer.props.key.hint');
  return (
    <section className="props" aria-labelledby="props-title">
      <h2 id="props-title" className="props__title">
        {t('designer.props.flow')}
      </h2>
      <Section title={t('designer.props.basic')}>
        <TextField
          label={t('designer.props.name')}
          value={flow.name}
          onEdit={(name, transient) => dispatch({ type: 'updateHeader', patch: { name }, transient })}
        />
        <TextField
          label={t('designer.props.key')}
          value={flow.key}
          hint={t('designer.props.key.hint')}
          error={keyError}
          onEdit={(key, transient) => dispatch({ type: 'updateHeader', patch: { key: key.trim() }, transient })}
        />
        <TextField
          label={t('designer.props.description')}
          value={flow.description ?? ''}
          multiline
          onEdit={(description, transient) =>
            dispatch({ type: 'updateHeader', patch: { description: description || undefined }, transient })
          }
        />
      </Section>
      <Section title={t('designer.props.timeLimit')}>
        <NumberField
          label={t('designer.props.statutoryDays')}
          value={limit?.statutoryDays}
          onEdit={(d, tr) => setLimit({ statutoryDays: d ?? 0 }, tr)}
        />
        <NumberField
          label={t('designer.props.promisedDays')}
          value={limit?.promisedDays}
          onEdit={(d, tr) => setLimit({ promisedDays: d ?? 0 }, tr)}
        />
        <NumberField
          label={t('designer.props.warnDays')}
          value={limit?.warnAtRemainingDays}
          onEdit={(d, tr) => setLimit({ warnAtRemainingDays: d }, tr)}
        />
      </Section>
    </section>
  );
}
