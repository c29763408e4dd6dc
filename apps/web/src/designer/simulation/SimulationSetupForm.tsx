import { type FormEvent, useId, useState } from 'react';
import type { FlowDefinition } from '@tongban/flow-model';
import { t } from '../../i18n/t';
import { simulationCalendar, todayInCenter } from './calendar';
import { morningOf, type SimulationSetup } from './simulationSession';

/** 受理日期, the materials handed in and the form data that conditions read. */
export function SimulationSetupForm({
  flow,
  onStart,
}: {
  flow: FlowDefinition;
  onStart(setup: SimulationSetup): void;
}) {
  const materials = flow.nodes.flatMap((node) => (node.type === 'acceptance' ? node.materials : []));
  const [date, setDate] = useState(todayInCenter);
  const [handedIn, setHandedIn] = useState(() => new Set(materials.map((m) => m.code)));
  const [data, setData] = useState('{}');
  const [error, setError] = useState<string | null>(null);
  const dateId = useId();
  const dataId = useId();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    let parsed: unknown;
    try {
      parsed = JSON.parse(data || '{}');
    } catch {
      parsed = null;
    }
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return setError(t('designer.sim.data.invalid'));
    setError(null);
    onStart({
      startAt: morningOf(simulationCalendar, date),
      data: parsed as Record<string, unknown>,
      materials: [...handedIn],
    });
  };

  return (
    <form className="sim-setup" onSubmit={submit} aria-label={t('designer.sim.setup')}>
      <h2 className="props__title">{t('designer.sim.setup')}</h2>
      <div className="field">
        <label htmlFor={dateId}>{t('designer.sim.startDate')}</label>
        <input id={dateId} type="date" required value={date} onChange={(e) => setDate(e.target.value)} />
      </div>
      {materials.length > 0 && (
        <fieldset className="choices">
          <legend>{t('designer.sim.materials')}</legend>
          {materials.map((m) => (
            <label key={m.code} className="choice">
              <input
                type="checkbox"
                checked={handedIn.has(m.code)}
                onChange={(e) => {
                  const next = new Set(handedIn);
                  if (e.target.checked) next.add(m.code);
                  else next.delete(m.code);
                  setHandedIn(next);
                }}
              />
              {`${m.code} ${m.name}`}
            </label>
          ))}
        </fieldset>
      )}
      <div className="field">
        <label htmlFor={dataId}>{t('designer.sim.data')}</label>
        <textarea
          id={dataId}
          rows={5}
          className="code"
          value={data}
          spellCheck={false}
          onChange={(e) => setData(e.target.value)}
        />
        {error && (
          <small className="field__error" role="alert">
            {`⚠ ${error}`}
          </small>
        )}
      </div>
      <button type="submit" className="button button--primary">
        {`▶ ${t('designer.sim.start')}`}
      </button>
    </form>
  );
}
