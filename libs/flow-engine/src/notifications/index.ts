export * from './audience';
export * from './channels';
export * from './kinds';
export * from './reminder';
export * from './retry';
export * from './templates';
