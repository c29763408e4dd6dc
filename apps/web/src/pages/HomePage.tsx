import { Link } from '../app/router';
import { sections } from '../app/sections';
import { t } from '../i18n/t';
import { HealthBadge } from './HealthBadge';

export function HomePage() {
  return (
    <main className="home">
      <header className="home__hero">
        <h1>
          {t('app.title')} <small>{t('app.subtitle')}</small>
        </h1>
        <p>{t('app.tagline')}</p>
      </header>
      <nav className="home__sections" aria-label={t('nav.home')}>
        {sections.map((section) => (
          <Link key={section.path} to={section.path} className="home__card">
            <span className="home__icon" aria-hidden="true">
              {section.icon}
            </span>
            <strong>{t(section.title)}</strong>
            <span>{t(section.description)}</span>
          </Link>
        ))}
      </nav>
      <HealthBadge />
    </main>
  );
}
