/** Appends `value` to the list under `key`, creating the list on first use (amortized O(1)). */
export function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
    const list = map.get(key);
    if (list) {
        list.push(value);
    } else {
        map.set(key, [value]);
    }
}

/** Plain code-unit order: the same on every machine and locale, so outputs stay byte-stable. */
export function compareText(a: string, b: string): number {
    return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Appends every item of `items` to `target` and returns `target`. Unlike `target.push(...items)`,
 * which passes each item as a call argument, it cannot overflow the stack (≈120k items do) on a
 * user-sized list.
 */
export function appendAll<T>(target: T[], items: Iterable<T>): T[] {
    for (const item of items) {
        target.push(item);
    }
    return target;
}

/** The smallest of `values` (Infinity when empty); safe for any length, unlike `Math.min(...values)`. */
export function minOf(values: Iterable<number>): number {
    let min = Infinity;
    for (const value of values) {
        if (value < min) {
            min = value;
        }
    }
    return min;
}

/** The largest of `values` (-Infinity when empty); safe for any length, unlike `Math.max(...values)`. */
export function maxOf(values: Iterable<number>): number {
    let max = -Infinity;
    for (const value of values) {
        if (value > max) {
            max = value;
        }
    }
    return max;
}
