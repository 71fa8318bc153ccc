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
    const chains = chainLengths(items, byName);
    const last = [...items].sort((a, b) => b.end - a.end || chains.get(b.name)! - chains.get(a.name)! || a.name.localeCompare(b.name))[0];
    const path: string[] = [];
    const seen = new Set<string>();
    for (let current: Scheduled | undefined = last; current && !seen.has(current.name);) {
        path.push(current.name);
        seen.add(current.name);
        let next: Scheduled | undefined;
        for (const name of current.setelah) {
            const p = byName.get(name);
            if (p && !seen.has(p.name) && (!next || p.end > next.end || (p.end === next.end && p.name.localeCompare(next.name) < 0))) {
                next = p;
            }
        }
        current = next;
    }
    return path.reverse();
}

/**
 * The number of items on the longest `setelah` chain ending at each item, counting the item. An
 * iterative depth-first walk with memoization: linear in items and edges, and no recursion, so a
 * 100k-item chain cannot overflow the stack. An edge that closes a cycle counts as no predecessor.
 */
function chainLengths(items: readonly Scheduled[], byName: ReadonlyMap<string, Scheduled>): Map<string, number> {
    const length = new Map<string, number>();
    const open = new Set<string>();
    for (const root of items) {
        if (length.has(root.name)) {
            continue;
        }
        const stack: Array<{ item: Scheduled; next: number; best: number }> = [{ item: root, next: 0, best: 0 }];
        open.add(root.name);
        while (stack.length > 0) {
            const frame = stack[stack.length - 1];
            if (frame.next < frame.item.setelah.length) {
                const p = byName.get(frame.item.setelah[frame.next++]);
                if (!p || open.has(p.name)) {
                    continue;
                }
                const known = length.get(p.name);
                if (known === undefined) {
                    open.add(p.name);
                    stack.push({ item: p, next: 0, best: 0 });
                } else {
                    frame.best = Math.max(frame.best, known);
                }
                continue;
            }
            stack.pop();
            open.delete(frame.item.name);
            const own = frame.best + 1;
            length.set(frame.item.name, own);
            if (stack.length > 0) {
                const parent = stack[stack.length - 1];
                parent.best = Math.max(parent.best, own);
            }
        }
    }
    return length;
}
