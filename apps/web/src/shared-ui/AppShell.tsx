import { ConfigProvider, Drawer, Layout, Menu, Select, Button, Space } from 'antd';
import { type ReactNode, useEffect, useState } from 'react';
import { Link, useLocation } from 'react-router';
import { useFontScale } from '../app/fontScale';
import { FONT_SCALES, themeFor } from '../app/theme';
import { useSession } from '../auth/session';
import type { MessageKey } from '../i18n/zh-CN';
import { t } from '../i18n/t';
import { NotificationBell } from './NotificationBell';
import { usePhone } from './usePhone';
import './shared-ui.css';

export interface NavItem {
  to: string;
  label: MessageKey;
  exact?: boolean;
}

function currentKey(nav: NavItem[], path: string): string[] {
  const match = nav
    .filter((item) => (item.exact ? path === item.to : path === item.to || path.startsWith(`${item.to}/`)))
    .sort((a, b) => b.to.length - a.to.length)[0];
  return match ? [match.to] : [];
}

/** The frame of the three surfaces: skip link, title, navigation, who is signed in, and a text size control. */
export function AppShell({
  title,
  nav,
  children,
  tone,
}: {
  title: MessageKey;
  nav: NavItem[];
  children: ReactNode;
  tone: 'portal' | 'staff';
}) {
  const { user, logout } = useSession();
  const { scale, setScale } = useFontScale();
  const { pathname } = useLocation();
  const phone = usePhone();
  const [menuOpen, setMenuOpen] = useState(false);
  useEffect(() => {
    document.title = `${t(title)} · ${t('app.title')}`;
  }, [title]);
  const fontSize = FONT_SCALES[scale][tone];
  const selected = currentKey(nav, pathname);
  const items = nav.map((item) => ({ key: item.to, label: <Link to={item.to}>{t(item.label)}</Link> }));

  return (
    <ConfigProvider theme={themeFor(fontSize)}>
      <Layout className={`ui-shell ui-shell--${tone} ui-shell--scale-${scale}`} style={{ fontSize }}>
        <a className="ui-skip" href="#main">
          {t('ui.skip')}
        </a>
        <Layout.Header className="ui-header">
          <Link to="/" className="ui-header__brand">
            {t('app.title')}
          </Link>
          <span className="ui-header__area">{t(title)}</span>
          {phone ? (
            // A phone has no room for a row of links (it overflowed at 390 px): they open in a panel.
            <Button
              size="small"
              ghost
              className="ui-header__menu"
              aria-expanded={menuOpen}
              aria-controls="ui-nav-panel"
              onClick={() => setMenuOpen(true)}
            >
              {t('ui.menu')}
            </Button>
          ) : (
            <nav aria-label={t(title)} className="ui-header__nav">
              <Menu
                mode="horizontal"
                // Hidden overflow items stay focusable inside aria-hidden (axe); in large text they wrap instead.
                disabledOverflow
                theme="dark"
                selectedKeys={selected}
                items={items}
              />
            </nav>
          )}
          <Space className="ui-header__tools" size="small" wrap>
            <Select
              aria-label={t('ui.font.label')}
              size="small"
              value={scale}
              onChange={setScale}
              options={FONT_SCALES.map((entry, index) => ({ value: index, label: t(entry.label) }))}
              popupMatchSelectWidth={false}
            />
            {user ? (
              <>
                <NotificationBell />
                <span className="ui-header__user">{user.name}</span>
                <Button size="small" ghost onClick={logout}>
                  {t('common.logout')}
                </Button>
              </>
            ) : null}
          </Space>
        </Layout.Header>
        <Drawer
          id="ui-nav-panel"
          open={phone && menuOpen}
          onClose={() => setMenuOpen(false)}
          placement="right"
          size="min(300px, 85vw)"
          title={t(title)}
          closable={{ 'aria-label': t('ui.close') }}
        >
          <nav aria-label={t(title)}>
            <Menu mode="inline" selectedKeys={selected} items={items} onClick={() => setMenuOpen(false)} />
          </nav>
        </Drawer>
        <Layout.Content id="main" tabIndex={-1} className="ui-main">
          {children}
        </Layout.Content>
      </Layout>
    </ConfigProvider>
  );
}
