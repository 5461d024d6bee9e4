// The ranking's order on cause positions: posterior descending, ties by name (EngineIndex.causeNameRank,
// unique per cause, so the order is total and any two ways of taking it agree). A page needs its
// first few causes, so those are selected without sorting the whole catalog.

/** True when the cause at position a ranks above the one at b. */
export function ranksBefore(posterior: Float64Array, nameRank: Int32Array, a: number, b: number): boolean {
  const pa = posterior[a]!;
  const pb = posterior[b]!;
  return pa > pb || (pa === pb && nameRank[a]! < nameRank[b]!);
}

/**
 * The `count` best cause positions in ranked order (every cause when count ≥ their number). A
 * bounded insertion: O(causes + count × insertions), which for a page of a large catalog is a
 * fraction of a full sort and allocates one small array.
 */
export function topPositions(posterior: Float64Array, nameRank: Int32Array, count: number): Int32Array {
  const total = posterior.length;
  if (count >= total) return sortPositions(Int32Array.from({ length: total }, (_, p) => p), posterior, nameRank);
  const top = new Int32Array(count);
  let size = 0;
  for (let p = 0; p < total; p++) {
    if (size === count && (count === 0 || !ranksBefore(posterior, nameRank, p, top[count - 1]!))) continue;
    let low = 0;
    let high = size;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (ranksBefore(posterior, nameRank, p, top[mid]!)) high = mid;
      else low = mid + 1;
    }
    top.copyWithin(low + 1, low, size === count ? count - 1 : size);
    top[low] = p;
    if (size < count) size++;
  }
  return top;
}

/** Sorts positions into ranked order, in place. */
export function sortPositions(positions: Int32Array, posterior: Float64Array, nameRank: Int32Array): Int32Array {
  return positions.sort((a, b) => posterior[b]! - posterior[a]! || nameRank[a]! - nameRank[b]!);
}
