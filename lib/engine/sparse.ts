// Per-cause quantities stored sparsely. A finding is listed by a few causes; every other cause
// shares one value (its leak, or a default derived from what it entails), so keeping that value
// once plus the exceptions by cause position makes the index and a request cost linear in the
// links, not findings × causes.

/** A value per cause position: `values[k]` for cause `positions[k]` (strictly ascending), `fallback` for every other cause. */
export interface SparseByCause {
  fallback: number;
  positions: Int32Array;
  values: Float64Array;
}

const NO_POSITIONS = new Int32Array(0);

/** The same value for every cause. */
export function uniform(value: number): SparseByCause {
  return { fallback: value, positions: NO_POSITIONS, values: new Float64Array(0) };
}

/** Where `position` sits in the ascending `positions`, or −1 (binary search). */
export function indexOfPosition(positions: Int32Array, position: number): number {
  let low = 0;
  let high = positions.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const at = positions[mid]!;
    if (at === position) return mid;
    if (at < position) low = mid + 1;
    else high = mid - 1;
  }
  return -1;
}

/** The value at one cause position. */
export function valueAt(vector: SparseByCause, position: number): number {
  const k = indexOfPosition(vector.positions, position);
  return k >= 0 ? vector.values[k]! : vector.fallback;
}

/** f applied to the fallback and to every exception (positions shared, not copied). */
export function mapSparse(vector: SparseByCause, f: (value: number) => number): SparseByCause {
  // A plain loop: TypedArray.prototype.map is several times slower in V8, and this runs per evidence item.
  const values = new Float64Array(vector.values.length);
  for (let k = 0; k < values.length; k++) values[k] = f(vector.values[k]!);
  return { fallback: f(vector.fallback), positions: vector.positions, values };
}

/** The ascending union of the vectors' positions. */
export function unionPositions(vectors: readonly SparseByCause[]): Int32Array {
  if (vectors.length === 1) return vectors[0]!.positions;
  const seen = new Set<number>();
  for (const vector of vectors) for (const position of vector.positions) seen.add(position);
  return Int32Array.from(seen).sort();
}

/** The vector's values at the given ascending positions (a merge walk, no search). */
export function alignTo(vector: SparseByCause, positions: Int32Array): Float64Array {
  if (vector.positions === positions) return vector.values;
  const out = new Float64Array(positions.length);
  let k = 0;
  for (let i = 0; i < positions.length; i++) {
    const position = positions[i]!;
    while (k < vector.positions.length && vector.positions[k]! < position) k++;
    out[i] = k < vector.positions.length && vector.positions[k] === position ? vector.values[k]! : vector.fallback;
  }
  return out;
}

/** f of the vectors' values cause by cause: on the union of their positions, and once for the fallbacks. */
export function combineSparse(vectors: readonly SparseByCause[], f: (values: readonly number[]) => number): SparseByCause {
  const positions = unionPositions(vectors);
  const aligned = vectors.map((vector) => alignTo(vector, positions));
  const values = new Float64Array(positions.length);
  const at = new Array<number>(vectors.length);
  for (let i = 0; i < positions.length; i++) {
    for (let v = 0; v < vectors.length; v++) at[v] = aligned[v]![i]!;
    values[i] = f(at);
  }
  return { fallback: f(vectors.map((vector) => vector.fallback)), positions, values };
}

/** A sparse vector from exceptions by position (any order). */
export function fromEntries(fallback: number, entries: ReadonlyMap<number, number>): SparseByCause {
  const positions = Int32Array.from(entries.keys()).sort();
  return { fallback, positions, values: Float64Array.from(positions, (position) => entries.get(position)!) };
}

/** Every cause's value, for callers (and tests) that want the dense layout. */
export function toDense(vector: SparseByCause, length: number): Float64Array {
  const out = new Float64Array(length).fill(vector.fallback);
  vector.positions.forEach((position, k) => (out[position] = vector.values[k]!));
  return out;
}
