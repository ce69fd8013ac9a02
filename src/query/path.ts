/** The distinct nodes one edge away from a node, in key order: walks take them in this order. */
export type Neighbours = (node: string) => readonly string[];

/**
 * Shortest path between two nodes over every edge, ignoring direction and weight: a breadth-first
 * search from both ends, always growing the smaller frontier. null when they are not connected.
 * Neighbours are taken in key order, so the path is the same whether the edges were read all at once or
 * as they were needed.
 */
export function shortestPath(neighbours: Neighbours, from: string, to: string): string[] | null {
  if (from === to) return [from];
  const parents = [new Map<string, string | null>([[from, null]]), new Map<string, string | null>([[to, null]])];
  let frontiers = [[from], [to]];
  while (frontiers[0].length && frontiers[1].length) {
    const side = frontiers[0].length <= frontiers[1].length ? 0 : 1;
    const mine = parents[side];
    const theirs = parents[1 - side];
    const next: string[] = [];
    for (const node of frontiers[side]) {
      for (const n of neighbours(node)) {
        if (mine.has(n)) continue;
        mine.set(n, node);
        if (theirs.has(n)) return join(parents[0], parents[1], n);
        next.push(n);
      }
    }
    frontiers[side] = next;
  }
  return null;
}

function join(fromStart: Map<string, string | null>, fromEnd: Map<string, string | null>, meet: string): string[] {
  const head: string[] = [];
  for (let n: string | null = meet; n !== null; n = fromStart.get(n) ?? null) head.unshift(n);
  for (let n = fromEnd.get(meet) ?? null; n !== null; n = fromEnd.get(n) ?? null) head.push(n);
  return head;
}

/** Nodes within `hops` of a node (itself included), nearest first, at most `limit`. */
export function egoNodes(neighbours: Neighbours, center: string, hops: number, limit: number): string[] {
  const seen = new Set([center]);
  let frontier = [center];
  for (let h = 0; h < hops && frontier.length && seen.size < limit; h++) {
    const next: string[] = [];
    for (const node of frontier) {
      for (const n of neighbours(node)) {
        if (seen.has(n)) continue;
        if (seen.size >= limit) return [...seen];
        seen.add(n);
        next.push(n);
      }
    }
    frontier = next;
  }
  return [...seen];
}
