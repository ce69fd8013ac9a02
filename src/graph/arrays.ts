type Typed = Uint8Array | Int32Array | Float64Array;

/** A copy of a typed array with room for `size` items (the tail zeroed, or `fill`ed). */
export function grown<T extends Typed>(a: T, size: number, fill = 0): T {
  const b = new (a.constructor as new (n: number) => T)(size);
  if (fill) b.fill(fill);
  b.set(a);
  return b;
}
