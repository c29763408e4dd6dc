import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Checkbox, Form, Input, Radio, Typography } from 'antd';
import { type FormEvent, useState } from 'react';
import { applicationKey } from '../../api/application';
import { apiQuery, useCommand } from '../../api/query';
import type { MessageKey } from '../../i18n/zh-CN';
import { t } from '../../i18n/t';
import type { Rating } from '@tongban/api-contract';
import { tf } from '../../shared-ui/format';
import { ErrorAlert, Loading } from '../ui/QueryStates';

const SCORES = [5, 4, 3, 2, 1] as const;

/** Tags offered per level (好差评 practice: 差评 tags name the fault). */
const TAGS: Record<'good' | 'fair' | 'bad', MessageKey[]> = {
  good: ['portal.rate.tag.fast', 'portal.rate.tag.polite', 'portal.rate.tag.once', 'portal.rate.tag.simple'],
  fair: ['portal.rate.tag.wait', 'portal.rate.tag.guide'],
  bad: [
    'portal.rate.tag.overdueLaw',
    'portal.rate.tag.overduePromise',
    'portal.rate.tag.extraConditions',
    'portal.rate.tag.attitude',
    'portal.rate.tag.materials',
    'portal.rate.tag.trips',
  ],
};
const levelOf = (score: number) => (score >= 4 ? 'good' : score === 3 ? 'fair' : 'bad');

function RatingResult({ rating }: { rating: Rating }) {
  return (
    <div role="status">
      <p>
        <span aria-hidden="true" className="portal-rating__stars">
          {'★'.repeat(rating.score)}
        </span>
        {` ${t('portal.rate.given')}${rating.label}`}
      </p>
      {rating.complaint ? (
        <div data-testid="complaint-notice">
          <Alert
            type="info"
            showIcon
            role="note"
            title={tf('portal.rate.complaint', { date: rating.complaint.dueDate })}
            description={
              rating.complaint.answered
                ? `${t('portal.rate.answer')}${rating.complaint.answer}`
                : t('portal.rate.waiting')
            }
          />
        </div>
      ) : null}
    </div>
  );
}

/** 好差评: five levels as large buttons (star and word), level-specific tags, optional words. */
export function RatingPanel({ id }: { id: string }) {
  const existing = useQuery(apiQuery<{ rating: Rating | null }>(`/applications/${id}/rating`));
  const [score, setScore] = useState<number | null>(null);
  const [tags, setTags] = useState<string[]>([]);
  const [comment, setComment] = useState('');
  const [problem, setProblem] = useState<Error | null>(null);
  const rate = useCommand<{ score: number; tags: string[]; comment: string }>({
    request: (body) => ({ path: '/ratings', body: { applicationId: id, ...body } }),
    invalidates: [applicationKey(id)],
  });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (score === null) {
      setProblem(new Error(t('portal.rate.pick')));
      return;
    }
    setProblem(null);
    await rate.run({ score, tags, comment }).catch(() => undefined);
  };

  return (
    <Card className="portal-rating" title={<h2 id="rating-title">{t('portal.rate.title')}</h2>}>
      {existing.error ? <ErrorAlert error={existing.error} retry={() => void existing.refetch()} /> : null}
      {existing.isPending ? <Loading /> : null}
      {existing.data?.rating ? <RatingResult rating={existing.data.rating} /> : null}
      {existing.data && !existing.data.rating ? (
        <form onSubmit={submit} aria-labelledby="rating-title">
          <fieldset className="portal-fieldset">
            <legend>{t('portal.rate.question')}</legend>
            <Radio.Group
              name="score"
              optionType="button"
              buttonStyle="solid"
              size="large"
              className="portal-rating__scores"
              value={score}
              onChange={(e) => {
                setScore(e.target.value as number);
                setTags([]);
              }}
              options={SCORES.map((value) => ({
                value,
                label: (
                  <span className="portal-rating__score">
                    <span aria-hidden="true" className="portal-rating__stars">
                      {'★'.repeat(value)}
                    </span>
                    <span>{t(`portal.rate.score.${value}`)}</span>
                  </span>
                ),
              }))}
            />
          </fieldset>
          {score !== null ? (
            <fieldset className="portal-fieldset">
              <legend>{t('portal.rate.tags')}</legend>
              <Checkbox.Group
                className="portal-rating__tags"
                value={tags}
                onChange={(values) => setTags(values as string[])}
                options={TAGS[levelOf(score)].map((key) => ({ value: t(key), label: t(key) }))}
              />
            </fieldset>
          ) : null}
          <Form layout="vertical" component="div">
            <Form.Item label={t('portal.rate.comment')} htmlFor="rating-comment">
              <Input.TextArea
                id="rating-comment"
                value={comment}
                maxLength={500}
                showCount
                onChange={(e) => setComment(e.target.value)}
              />
            </Form.Item>
          </Form>
          {score !== null && score <= 2 ? (
            <Typography.Paragraph type="secondary">{t('portal.rate.badNote')}</Typography.Paragraph>
          ) : null}
          <ErrorAlert error={problem ?? rate.error} />
          <Button type="primary" size="large" htmlType="submit" loading={rate.pending}>
            {t('portal.rate.submit')}
          </Button>
        </form>
      ) : null}
    </Card>
  );
}
