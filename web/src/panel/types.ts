import type { Evidence } from '../graph/types.ts';

/** A neighbour and its heaviest edge (the one the panel opens). */
export interface Neighbour { key: string; label: string; type: string; weight: number; edge: string }

/** An evidence sentence with the names to highlight in it. */
export interface Quote { evidence: Evidence; names: string[] }

/** What the panel's buttons ask for; main.ts turns them into state changes. */
export interface PanelActions {
  selectNode(key: string): void;
  selectEdge(key: string): void;
  focus(key: string, hops: 1 | 2): void;
  clearFocus(): void;
  pathFrom(key: string): void;
  pathTo(key: string): void;
  close(): void;
}
