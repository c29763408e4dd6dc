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
      colorSuccess: '#237804',
      colorWarning: '#ad6800',
      colorError: '#a8071a',
      colorTextBase: '#1f2937',
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
