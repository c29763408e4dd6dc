import { Card, Col, Row, Typography } from 'antd';
import { Link } from 'react-router';
import { sections } from '../app/sections';
import { t } from '../i18n/t';
import { HealthBadge } from './HealthBadge';

export function HomePage() {
  return (
    <main className="home">
      <header className="home__hero">
        <Typography.Title>
          {t('app.title')} <small>{t('app.subtitle')}</small>
        </Typography.Title>
        <p>{t('app.tagline')}</p>
      </header>
      <nav aria-label={t('nav.home')}>
        <Row gutter={[16, 16]} className="home__sections">
          {sections.map((section) => (
            <Col key={section.path} xs={24} sm={12} lg={6}>
              <Link to={section.path} className="home__card">
                <Card hoverable>
                  <span className="home__icon" aria-hidden="true">
                    {section.icon}
                  </span>
                  <strong>{t(section.title)}</strong>
                  <span>{t(section.description)}</span>
                </Card>
              </Link>
            </Col>
          ))}
        </Row>
      </nav>
      <HealthBadge />
    </main>
  );
}
