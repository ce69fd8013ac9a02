import type { AppState } from '../state.ts';

export const selectNode = (s: AppState, key: string): AppState => ({ ...s, selection: { kind: 'node', key } });
export const selectEdge = (s: AppState, key: string): AppState => ({ ...s, selection: { kind: 'edge', key } });
export const closePanel = (s: AppState): AppState => (s.selection ? { ...s, selection: null } : s);
