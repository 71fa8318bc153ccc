/** An item on the schedule: its years and the items it must follow. */
export interface Scheduled {
    readonly name: string;
    readonly start: number;
    readonly end: number;
    readonly setelah: readonly string[];
}

/**
 * The critical path of a yearly roadmap: from an item that ends last, walk back through the
 * predecessor (`setelah`) that ends latest — the one that actually holds it back — until an item
 * has none. Returns the names from the first item to the last. Cycles (already reported as errors)
 * are cut where they close.
 */
export function criticalPath(items: readonly Scheduled[]): string[] {
    if (items.length === 0) {
        return [];
    }
    const byName = new Map(items.map(i => [i.name, i]));
    const last = [...items].sort((a, b) => b.end - a.end || chainLength(b, byName) - chainLength(a, byName) || a.name.localeCompare(b.name))[0];
    const path: string[] = [];
    const seen = new Set<string>();
    for (let current: Scheduled | undefined = last; current && !seen.has(current.name);) {
        path.unshift(current.name);
        seen.add(current.name);
        current = current.setelah
            .map(name => byName.get(name))
            .filter((p): p is Scheduled => p !== undefined && !seen.has(p.name))
            .sort((a, b) => b.end - a.end || a.name.localeCompare(b.name))[0];
    }
    return path;
}

function chainLength(item: Scheduled, byName: Map<string, Scheduled>, seen = new Set<string>()): number {
    if (seen.has(item.name)) {
        return 0;
    }
    seen.add(item.name);
    return 1 + Math.max(0, ...item.setelah.map(n => byName.get(n)).filter((p): p is Scheduled => !!p).map(p => chainLength(p, byName, seen)));
}
