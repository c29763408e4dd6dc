import type { ThemeConfig } from 'antd';

/** Font sizes of the three text scales (适老化): normal, large, elder. The portal reads a step larger. */
export const FONT_SCALES = [
  { label: 'ui.font.normal', staff: 14, portal: 16 },
  { label: 'ui.font.large', staff: 16, portal: 20 },
  { label: 'ui.font.elder', staff: 20, portal: 24 },
] as const;

const BRAND = '#1d4ed8';

/** One theme for every face, close to the colours the app had before Ant Design (brand blue, dark header). */
export function themeFor(fontSize: number): ThemeConfig {
  return {
    cssVar: { key: 'tongban' },
    token: {
      colorPrimary: BRAND,
      colorLink: BRAND,
      // antd lightens the brand for hover (#4373e6: 4.3:1 under white text, axe fails a hovered primary button);
      // hover and press go darker instead.
      colorPrimaryHover: '#1e40af',
      colorPrimaryActive: '#1e3a8a',
      colorLinkHover: '#1e40af',
      colorLinkActive: '#1e3a8a',
      colorInfo: BRAND,
      colorSuccess: '#237804',
      colorWarning: '#874d00',
      colorError: '#a8071a',
      // antd derives the light status backgrounds from the seed; from these dark seeds it makes greys
      // (#adb8a5 behind green text: 2.7:1). The usual pale tints keep status text at 4.5:1 or more.
      colorSuccessBg: '#f6ffed',
      colorSuccessBgHover: '#d9f7be',
      colorSuccessBorder: '#b7eb8f',
      colorWarningBg: '#fffbe6',
      colorWarningBgHover: '#fff1b8',
      colorWarningBorder: '#ffe58f',
      colorErrorBg: '#fff1f0',
      colorErrorBgHover: '#ffe7e5',
      colorErrorBorder: '#ffccc7',
      colorTextBase: '#1f2937',
      // antd derives secondary text (Typography type="secondary", descriptions, table sorter hints) at 45 %
      // opacity, about 3:1 on white; these keep every text colour at 4.5:1 or more (WCAG AA, axe color-contrast).
      colorTextTertiary: '#595959',
      colorTextDescription: '#4b5563',
      // antd's placeholder grey is 1.6:1 on white; axe asks 4.5:1.
      colorTextPlaceholder: '#6b7280',
      colorBgLayout: '#f5f7fa',
      borderRadius: 6,
      fontSize,
      fontFamily: "'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', system-ui, sans-serif",
    },
    components: {
      Layout: { headerBg: '#1e3a8a', headerColor: '#ffffff', headerPadding: '0 16px' },
    },
  };
}
