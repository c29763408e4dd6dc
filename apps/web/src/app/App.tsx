import { HomePage } from '../pages/HomePage';
import { PendingPage } from '../pages/PendingPage';
import { t } from '../i18n/t';
import { Link, usePath } from './router';
import { sections } from './sections';

export function App() {
  const path = usePath();
  if (path === '/') return <HomePage />;
  const section = sections.find((candidate) => path === candidate.path || path.startsWith(`${candidate.path}/`));
  if (section) return <PendingPage section={section} />;
  return (
    <main className="page">
      <h1>{t('notFound.title')}</h1>
      <Link to="/">{t('page.back')}</Link>
    </main>
  );
}
