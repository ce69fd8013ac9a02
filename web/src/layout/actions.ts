import type { AppState } from '../state.ts';
import type { Appearance } from './types.ts';

export const setAppearance = (s: AppState, appearance: Appearance): AppState => ({ ...s, appearance });
