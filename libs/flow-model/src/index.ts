export * from './flow-definition.schema';
