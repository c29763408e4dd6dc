import { useEffect, useMemo, useState } from 'react';
import { validateFlow, type FlowDefinition, type FlowValidationResult } from '@tongban/flow-model';
import { indexProblems, type ProblemIndex } from '../utils/problemIndex';

const DEBOUNCE_MS = 300;

/** validateFlow on the document, 300 ms after the last change (Camunda's linting rhythm). */
export function useValidation(flow: FlowDefinition): FlowValidationResult & { index: ProblemIndex } {
  const [result, setResult] = useState(() => validateFlow(flow));
  useEffect(() => {
    const timer = setTimeout(() => setResult(validateFlow(flow)), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [flow]);
  const index = useMemo(() => indexProblems(result.errors), [result]);
  return { ...result, index };
}
