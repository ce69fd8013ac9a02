import type { AppState } from '../state.ts';

export const focusOn = (s: AppState, node: string, hops: 1 | 2): AppState => ({ ...s, focus: { node, hops } });
export const clearFocus = (s: AppState): AppState => (s.focus ? { ...s, focus: null } : s);
export const pathFrom = (s: AppState, from: string): AppState => ({ ...s, path: { ...s.path, from } });
export const pathTo = (s: AppState, to: string): AppState => ({ ...s, path: { ...s.path, to } });
export const clearPath = (s: AppState): AppState => ({ ...s, path: {} });
