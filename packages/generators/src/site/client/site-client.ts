// The portal's page script (one classic script on every page, no inline code): sortable tables and
// the search page. Model text only ever becomes text nodes.
import MiniSearch from 'minisearch';
import { SearchOptions, type SearchDocument } from '../search-options.js';

/** Sorts a table's body rows by one column: numbers numerically, text in Indonesian collation. */
function sortBy(table: HTMLTableElement, column: number, numeric: boolean, descending: boolean): void {
    const body = table.tBodies[0];
    const key = (row: HTMLTableRowElement) => row.cells[column]?.textContent?.trim() ?? '';
    const rows = [...body.rows];
    rows.sort((a, b) => {
        const order = numeric ? Number(key(a).replace(/\D/g, '')) - Number(key(b).replace(/\D/g, '')) : key(a).localeCompare(key(b), 'id');
        return descending ? -order : order;
    });
    body.append(...rows);
}

/** Each heading of a `table.sortable` becomes a button (keyboard-reachable) that sorts by its column. */
function sortableTables(): void {
    for (const table of document.querySelectorAll<HTMLTableElement>('table.sortable')) {
        const headers = [...table.tHead?.rows[0]?.cells ?? []];
        headers.forEach((th, column) => {
            const button = document.createElement('button');
            button.type = 'button';
            button.textContent = th.textContent;
            th.replaceChildren(button);
            button.addEventListener('click', () => {
                const descending = th.getAttribute('aria-sort') === 'ascending';
                headers.forEach(h => h.removeAttribute('aria-sort'));
                th.setAttribute('aria-sort', descending ? 'descending' : 'ascending');
                sortBy(table, column, th.dataset.type === 'number', descending);
            });
        });
    }
}

/** The search page: the query from `?q=`, results as links, updated as the user types. */
function searchPage(): void {
    const data = (globalThis as { SpbeSearchIndex?: unknown }).SpbeSearchIndex;
    const input = document.getElementById('q') as HTMLInputElement | null;
    const list = document.getElementById('search-results');
    const status = document.getElementById('search-status');
    if (!data || !input || !list || !status) {
        return;
    }
    const index = MiniSearch.loadJS<SearchDocument>(data as Parameters<typeof MiniSearch.loadJS>[0], SearchOptions);
    const run = () => {
        const query = input.value.trim();
        const results = query ? index.search(query).slice(0, 100) : [];
        list.replaceChildren(...results.map(r => {
            const li = document.createElement('li');
            const a = document.createElement('a');
            a.href = String(r.id);
            a.textContent = String(r.title);
            const kind = document.createElement('span');
            kind.className = 'kind';
            kind.textContent = String(r.kind);
            li.append(a, kind);
            return li;
        }));
        status.textContent = query && results.length === 0 ? status.dataset.none ?? '' : query ? `${results.length} ${status.dataset.count ?? ''}` : '';
    };
    input.value = new URLSearchParams(window.location.search).get('q') ?? '';
    input.addEventListener('input', run);
    input.form?.addEventListener('submit', event => {
        event.preventDefault();
        run();
        (list.querySelector('a') as HTMLElement | null)?.focus();
    });
    run();
}

sortableTables();
searchPage();
