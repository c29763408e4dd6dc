export * from './pagination';
export * from './supervision';
