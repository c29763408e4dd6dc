import { Steps } from 'antd';
import { t } from '../../i18n/t';
import type { ApplicationView } from '@tongban/api-contract';
import { isFinal } from '@tongban/flow-engine';
import { formatDateTime } from '../../shared-ui/format';

const STAGES = [
  'workbench.stage.submit',
  'workbench.stage.accept',
  'workbench.stage.review',
  'workbench.stage.finish',
] as const;

/** Where the item stands in the center's four stages (前台受理、内部流转、限时办结、统一出证). */
export function StageSteps({ view }: { view: ApplicationView }) {
  const finished = isFinal(view.status);
  const current = finished ? 3 : view.status === 'in-review' ? 2 : 1;
  const failed = view.status === 'rejected' || view.status === 'withdrawn';
  return (
    <Steps
      size="small"
      className="wb-gap"
      current={current}
      status={finished ? (failed ? 'error' : 'finish') : view.status === 'awaiting-supplement' ? 'wait' : 'process'}
      items={STAGES.map((key, index) => ({
        title: t(key),
        description:
          index === 0
            ? formatDateTime(view.submittedAt)
            : index === 1 && view.acceptedAt
              ? formatDateTime(view.acceptedAt)
              : undefined,
      }))}
    />
  );
}
