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
