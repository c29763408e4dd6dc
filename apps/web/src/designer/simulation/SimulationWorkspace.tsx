import { useCallback, useMemo, useState } from 'react';
import type { FlowDefinition, FlowError } from '@tongban/flow-model';
import { ReadOnlyFlowCanvas } from '../../flow-canvas/ReadOnlyFlowCanvas';
import { t } from '../../i18n/t';
import { tf } from '../i18n/format';
import { simulationCalendar } from './calendar';
import { nodeStatuses } from './nodeStatuses';
import { SimulationControls } from './SimulationControls';
import { SimulationSetupForm } from './SimulationSetupForm';
import {
  advancedTo,
  runSession,
  startSession,
  withCommand,
  type SimulationSession,
  type SimulationState,
} from './simulationSession';
import { Timeline } from './Timeline';

function safeRun(flow: FlowDefinition, session: SimulationSession): SimulationState | Error {
  try {
    return runSession(flow, session, simulationCalendar);
  } catch (error) {
    return error as Error;
  }
}

/**
 * 模拟办理 with the engine's own code in the browser: the canvas is locked and shows where the item
 * is, the right panel drives it (decisions and the clock), the timeline below shows the trace.
 */
export function SimulationWorkspace({ flow, errors }: { flow: FlowDefinition; errors: FlowError[] }) {
  const [session, setSession] = useState<SimulationSession | null>(null);
  const run = useMemo(() => (session ? safeRun(flow, session) : null), [flow, session]);
  const state = run instanceof Error ? null : run;
  const statuses = useMemo(() => (state ? nodeStatuses(flow, state.view, state.result.trace) : null), [flow, state]);
  const decorate = useCallback((nodeId: string) => statuses?.get(nodeId), [statuses]);

  if (errors.length) {
    return (
      <div className="designer__body designer__body--message">
        <p role="alert">{tf('designer.sim.invalidFlow', { n: errors.length })}</p>
      </div>
    );
  }
  return (
    <div className="sim">
      <div className="designer__body">
        <ReadOnlyFlowCanvas
          definition={flow}
          decorate={decorate}
          ariaLabel={t('designer.sim.title')}
          className="designer__canvas"
        />
        <aside className="designer__side designer__side--wide">
          {run instanceof Error && <p role="alert">{tf('designer.sim.failed', { message: run.message })}</p>}
          {!session || !state ? (
            <SimulationSetupForm flow={flow} onStart={(setup) => setSession(startSession(setup))} />
          ) : (
            <SimulationControls
              flow={flow}
              session={session}
              view={state.view}
              onCommand={(command) => setSession(withCommand(session, command))}
              onAdvance={(to) => setSession(advancedTo(session, to))}
              onReset={() => setSession(null)}
            />
          )}
        </aside>
      </div>
      <Timeline flow={flow} trace={state?.result.trace ?? null} />
    </div>
  );
}
