/**
 * Tag colours dark enough for white text (WCAG AA 4.5:1); antd's preset light tags (green text on pale green)
 * fail the contrast check.
 */
export const TAG_COLOURS = {
  published: '#237804',
  current: '#0958d9',
  modified: '#ad4e00',
} as const;
