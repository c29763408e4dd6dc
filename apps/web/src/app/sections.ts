import type { MessageKey } from '../i18n/zh-CN';

export interface Section {
  path: string;
  title: MessageKey;
  description: MessageKey;
  icon: string;
}

/** The surfaces of the product, in the order a visitor reads them. */
export const sections: Section[] = [
  { path: '/designer', title: 'nav.designer', description: 'home.designer.desc', icon: '✎' },
  { path: '/portal', title: 'nav.portal', description: 'home.portal.desc', icon: '⌂' },
  { path: '/workbench', title: 'nav.workbench', description: 'home.workbench.desc', icon: '☰' },
  { path: '/supervision', title: 'nav.supervision', description: 'home.supervision.desc', icon: '◉' },
  { path: '/admin', title: 'nav.admin', description: 'home.admin.desc', icon: '⚙' },
];
