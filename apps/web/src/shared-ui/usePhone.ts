import { Grid } from 'antd';

/** Narrower than antd's `md` (768 px): a phone, where tables become cards and columns stack. */
export function usePhone(): boolean {
  const screens = Grid.useBreakpoint();
  return !screens.md;
}
