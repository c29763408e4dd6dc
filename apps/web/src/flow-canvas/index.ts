export { FlowProgressCanvas, type FlowProgressCanvasProps } from './FlowProgressCanvas';
export { ReadOnlyFlowCanvas, type ReadOnlyFlowCanvasProps } from './ReadOnlyFlowCanvas';
