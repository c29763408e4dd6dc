import { type FormEvent, useState } from 'react';
import { api, ApiError } from '../../api/client';
import type { MessageKey } from '../../i18n/zh-CN';
import { t } from '../../i18n/t';
import type { Rating } from '../../shared-ui/apiTypes';
import { tf } from '../../shared-ui/format';
import { ErrorNotice, Loading } from '../../shared-ui/Notice';
import { useApi } from '../../shared-ui/useApi';

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
        <span aria-hidden="true">{'★'.repeat(rating.score)}</span>
        {` ${t('portal.rate.given')}${rating.label}`}
      </p>
      {rating.complaint ? (
        <div className="ui-notice ui-notice--info" data-testid="complaint-notice">
          <p>{tf('portal.rate.complaint', { date: rating.complaint.dueDate })}</p>
          {rating.complaint.answered ? (
            <p>{`${t('portal.rate.answer')}${rating.complaint.answer}`}</p>
          ) : (
            <p>{t('portal.rate.waiting')}</p>
          )}
        </div>
      ) : null}
    </div>
  );
}

/** 好差评: five levels as large radio buttons (star and word), level-specific tags, optional words. */
export function RatingPanel({ id }: { id: string }) {
  const existing = useApi<{ rating: Rating | null }>(`/applications/${id}/rating`);
  const [score, setScore] = useState<number | null>(null);
  const [tags, setTags] = useState<string[]>([]);
  const [comment, setComment] = useState('');
  const [error, setError] = useState<Error | null>(null);
  const [busy, setBusy] = useState(false);

  if (!existing.data) return existing.error ? <ErrorNotice error={existing.error} /> : <Loading />;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (score === null) {
      setError(new Error(t('portal.rate.pick')));
      return;
    }
    setBusy(true);
    try {
      await api('/ratings', { body: { applicationId: id, score, tags, comment } });
      await existing.reload();
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new Error(t('ui.error.generic')));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="ui-card portal-rating" aria-labelledby="rating-title">
      <h2 id="rating-title">{t('portal.rate.title')}</h2>
      {existing.data.rating ? (
        <RatingResult rating={existing.data.rating} />
      ) : (
        <form onSubmit={submit}>
          <fieldset className="portal-rating__scores">
            <legend>{t('portal.rate.question')}</legend>
            {SCORES.map((value) => (
              <label key={value} className={`portal-rating__score${score === value ? ' is-checked' : ''}`}>
                <input
                  type="radio"
                  name="score"
                  value={value}
                  checked={score === value}
                  onChange={() => {
                    setScore(value);
                    setTags([]);
                  }}
                />
                <span aria-hidden="true" className="portal-rating__stars">
                  {'★'.repeat(value)}
                </span>
                <span>{t(`portal.rate.score.${value}`)}</span>
              </label>
            ))}
          </fieldset>
          {score !== null ? (
            <fieldset className="portal-rating__tags">
              <legend>{t('portal.rate.tags')}</legend>
              {TAGS[levelOf(score)].map((key) => (
                <label key={key} className="portal-check">
                  <input
                    type="checkbox"
                    checked={tags.includes(t(key))}
                    onChange={(e) =>
                      setTags((c) => (e.target.checked ? [...c, t(key)] : c.filter((x) => x !== t(key))))
                    }
                  />
                  {t(key)}
                </label>
              ))}
            </fieldset>
          ) : null}
          <label className="ui-field">
            <span>{t('portal.rate.comment')}</span>
            <textarea value={comment} maxLength={500} onChange={(e) => setComment(e.target.value)} />
          </label>
          {score !== null && score <= 2 ? <p className="ui-muted">{t('portal.rate.badNote')}</p> : null}
          <ErrorNotice error={error} />
          <button type="submit" className="ui-button ui-button--primary" disabled={busy}>
            {t('portal.rate.submit')}
          </button>
        </form>
      )}
    </section>
  );
}
