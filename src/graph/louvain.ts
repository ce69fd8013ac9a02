/**
 * Louvain community detection on flat arrays. graphology-communities-louvain needs a graphology
 * graph of its own, which for millions of edges is a gigabyte more; this one needs the edge list
 * and a few arrays per level. Same method (Blondel et al. 2008): move nodes to the neighbouring
 * community with the best modularity gain until none moves, merge each community into a node, repeat.
 */

/** An undirected weighted graph as adjacency rows in flat arrays, each edge in the rows of both ends. */
export interface Adjacency {
  /** Row i is targets[offsets[i] … offsets[i+1]). */
  offsets: Int32Array;
  targets: Int32Array;
  weights: Float64Array;
}

export interface EdgeList {
  from: ArrayLike<number>;
  to: ArrayLike<number>;
  weight: ArrayLike<number>;
}

/** Rows of an edge list over nodes 0 … n-1 (parallel edges stay separate; Louvain sums them). */
export function adjacency(n: number, { from, to, weight }: EdgeList): Adjacency {
  const offsets = new Int32Array(n + 1);
  for (let e = 0; e < from.length; e++) {
    offsets[from[e] + 1]++;
    offsets[to[e] + 1]++;
  }
  for (let i = 0; i < n; i++) offsets[i + 1] += offsets[i];
  const fill = offsets.slice(0, n);
  const targets = new Int32Array(2 * from.length);
  const weights = new Float64Array(2 * from.length);
  for (let e = 0; e < from.length; e++) {
    const a = from[e];
    const b = to[e];
    const w = weight[e];
    targets[fill[a]] = b;
    weights[fill[a]++] = w;
    targets[fill[b]] = a;
    weights[fill[b]++] = w;
  }
  return { offsets, targets, weights };
}

/** The community of each node, numbered 0 … c-1 in order of each community's first node. */
export function louvain(n: number, edges: EdgeList, random: () => number): Int32Array {
  const membership = new Int32Array(n);
  for (let v = 0; v < n; v++) membership[v] = v;
  let graph = adjacency(n, edges);
  for (;;) {
    const community = moveNodes(graph, random);
    const count = renumber(community);
    for (let v = 0; v < n; v++) membership[v] = community[membership[v]];
    if (count === graph.offsets.length - 1) break; // no node moved: this level is final
    graph = aggregate(graph, community, count);
  }
  renumber(membership);
  return membership;
}

/** Modularity of a partition (resolution 1), for checking the result. */
export function modularity(graph: Adjacency, community: ArrayLike<number>): number {
  const n = graph.offsets.length - 1;
  const internal = new Float64Array(n);
  const total = new Float64Array(n);
  let m2 = 0;
  for (let i = 0; i < n; i++) {
    for (let e = graph.offsets[i]; e < graph.offsets[i + 1]; e++) {
      const w = graph.weights[e];
      m2 += w;
      total[community[i]] += w;
      if (community[graph.targets[e]] === community[i]) internal[community[i]] += w;
    }
  }
  let q = 0;
  for (let c = 0; c < n; c++) q += internal[c] / m2 - (total[c] / m2) ** 2;
  return m2 ? q : 0;
}

/** One level: each node, in a random order, joins the neighbouring community it gains most by, until none moves. */
function moveNodes({ offsets, targets, weights }: Adjacency, random: () => number): Int32Array {
  const n = offsets.length - 1;
  const community = new Int32Array(n);
  const degree = new Float64Array(n);
  let m2 = 0;
  for (let i = 0; i < n; i++) {
    community[i] = i;
    for (let e = offsets[i]; e < offsets[i + 1]; e++) degree[i] += weights[e];
    m2 += degree[i];
  }
  if (m2 === 0) return community;
  const total = Float64Array.from(degree);
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const o = order[i];
    order[i] = order[j];
    order[j] = o;
  }
  const toCommunity = new Float64Array(n);
  const stamp = new Int32Array(n).fill(-1);
  const touched = new Int32Array(n);
  for (let moved = true, pass = 0; moved; pass++) {
    moved = false;
    for (const i of order) {
      const own = community[i];
      let count = 0;
      for (let e = offsets[i]; e < offsets[i + 1]; e++) {
        const j = targets[e];
        if (j === i) continue; // a merged community's inner weight
        const c = community[j];
        if (stamp[c] !== i) {
          stamp[c] = i;
          toCommunity[c] = 0;
          touched[count++] = c;
        }
        toCommunity[c] += weights[e];
      }
      total[own] -= degree[i];
      let best = own;
      let bestGain = (stamp[own] === i ? toCommunity[own] : 0) - (total[own] * degree[i]) / m2;
      for (let t = 0; t < count; t++) {
        const c = touched[t];
        const gain = toCommunity[c] - (total[c] * degree[i]) / m2;
        if (gain > bestGain + 1e-12) {
          best = c;
          bestGain = gain;
        }
      }
      total[best] += degree[i];
      community[i] = best;
      if (best !== own) moved = true;
      for (let t = 0; t < count; t++) stamp[touched[t]] = -1;
    }
    if (pass === 1000) break; // every move raises modularity, so only float noise could get here
  }
  return community;
}

/** Numbers communities 0 … c-1 in order of their first node; returns c. */
function renumber(community: Int32Array): number {
  const id = new Int32Array(community.length).fill(-1);
  let count = 0;
  for (let v = 0; v < community.length; v++) {
    const c = community[v];
    if (id[c] === -1) id[c] = count++;
    community[v] = id[c];
  }
  return count;
}

/** The graph of communities: one node each, edge weights summed, inner edges as a self-loop. */
function aggregate({ offsets, targets, weights }: Adjacency, community: Int32Array, count: number): Adjacency {
  const n = offsets.length - 1;
  const start = new Int32Array(count + 1);
  for (let v = 0; v < n; v++) start[community[v] + 1]++;
  for (let c = 0; c < count; c++) start[c + 1] += start[c];
  const members = new Int32Array(n);
  const fill = start.slice(0, count);
  for (let v = 0; v < n; v++) members[fill[community[v]]++] = v;

  const out: Adjacency = { offsets: new Int32Array(count + 1), targets: new Int32Array(targets.length), weights: new Float64Array(targets.length) };
  const sum = new Float64Array(count);
  const stamp = new Int32Array(count).fill(-1);
  const touched = new Int32Array(count);
  let size = 0;
  for (let c = 0; c < count; c++) {
    let k = 0;
    for (let m = start[c]; m < start[c + 1]; m++) {
      const v = members[m];
      for (let e = offsets[v]; e < offsets[v + 1]; e++) {
        const d = community[targets[e]];
        if (stamp[d] !== c) {
          stamp[d] = c;
          sum[d] = 0;
          touched[k++] = d;
        }
        sum[d] += weights[e];
      }
    }
    for (let t = 0; t < k; t++) {
      out.targets[size] = touched[t];
      out.weights[size++] = sum[touched[t]];
    }
    out.offsets[c + 1] = size;
  }
  return { offsets: out.offsets, targets: out.targets.slice(0, size), weights: out.weights.slice(0, size) };
}
