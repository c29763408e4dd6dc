import { Alert, Button, Checkbox, DatePicker, Form, Input } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import type { FlowDefinition } from '@tongban/flow-model';
import { t } from '../../i18n/t';
import { simulationCalendar, todayInCenter } from './calendar';
import { morningOf, type SimulationSetup } from './simulationSession';

const DATE_FORMAT = 'YYYY-MM-DD';

/** 受理日期 (a zh-CN date picker), the materials handed in and the form data that conditions read. */
export function SimulationSetupForm({
  flow,
  onStart,
}: {
  flow: FlowDefinition;
  onStart(setup: SimulationSetup): void;
}) {
  const materials = flow.nodes.flatMap((node) => (node.type === 'acceptance' ? node.materials : []));
  const [date, setDate] = useState<Dayjs | null>(() => dayjs(todayInCenter()));
  const [handedIn, setHandedIn] = useState<string[]>(() => materials.map((m) => m.code));
  const [data, setData] = useState('{}');
  const [error, setError] = useState<string | null>(null);

  const submit = () => {
    let parsed: unknown;
    try {
      parsed = JSON.parse(data || '{}');
    } catch {
      parsed = null;
    }
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return setError(t('designer.sim.data.invalid'));
    if (!date) return setError(t('designer.sim.startDate.required'));
    setError(null);
    onStart({
      startAt: morningOf(simulationCalendar, date.format(DATE_FORMAT)),
      data: parsed as Record<string, unknown>,
      materials: handedIn,
    });
  };

  return (
    <Form className="sim-setup" layout="vertical" onFinish={submit} aria-label={t('designer.sim.setup')}>
      <h2 className="props__title">{t('designer.sim.setup')}</h2>
      <Form.Item label={t('designer.sim.startDate')} htmlFor="sim-start-date" required>
        <DatePicker
          id="sim-start-date"
          value={date}
          format={DATE_FORMAT}
          allowClear={false}
          onChange={(value) => setDate(value)}
          style={{ width: '100%' }}
        />
      </Form.Item>
      {materials.length > 0 && (
        <Form.Item label={t('designer.sim.materials')}>
          <Checkbox.Group
            className="choices"
            aria-label={t('designer.sim.materials')}
            value={handedIn}
            onChange={(codes) => setHandedIn(codes as string[])}
            options={materials.map((m) => ({ value: m.code, label: `${m.code} ${m.name}` }))}
          />
        </Form.Item>
      )}
      <Form.Item label={t('designer.sim.data')} htmlFor="sim-data">
        <Input.TextArea
          id="sim-data"
          rows={5}
          className="code"
          value={data}
          spellCheck={false}
          onChange={(e) => setData(e.target.value)}
        />
      </Form.Item>
      {error && <Alert type="error" showIcon role="alert" title={`⚠ ${error}`} style={{ marginBottom: 12 }} />}
      <Button type="primary" htmlType="submit">{`▶ ${t('designer.sim.start')}`}</Button>
    </Form>
  );
}
