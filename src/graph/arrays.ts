type Typed = Uint8Array | Int32Array | Float64Array;

/** A copy of a typed array with room for `size` items (the tail zeroed, or `fill`ed). */
export function grown<T extends Typed>(a: T, size: number, fill = 0): T {
  const b = new (a.constructor as new (n: number) => T)(size);
  if (fill) b.fill(fill);
  b.set(a);
  return b;
}

/** Typed arrays over shared memory: a worker thread sent one reads the same bytes, no copy is made. */
export const sharedInt32 = (n: number) => new Int32Array(new SharedArrayBuffer(4 * n));
export const sharedFloat64 = (n: number) => new Float64Array(new SharedArrayBuffer(8 * n));
export const sharedUint8 = (n: number) => new Uint8Array(new SharedArrayBuffer(n));
