import { Link } from '../app/router';
import type { Section } from '../app/sections';
import { t } from '../i18n/t';

/** The place a later module fills; until then it says so plainly. */
export function PendingPage({ section }: { section: Section }) {
  return (
    <main className="page">
      <h1>{t(section.title)}</h1>
      <p>{t(section.description)}</p>
      <p className="page__note">{t('page.pending')}</p>
      <Link to="/">{t('page.back')}</Link>
    </main>
  );
}
