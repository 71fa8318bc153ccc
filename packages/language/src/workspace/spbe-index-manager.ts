import { DefaultIndexManager, type AstNodeDescription } from 'langium';

/**
 * Langium's index, with read access to each file's exported descriptions as stored: a re-indexed
 * file gets a new array, so a caller can tell which files changed by identity alone (the symbol
 * table merges only those instead of rebuilding from every file after each edit).
 */
export class SpbeIndexManager extends DefaultIndexManager {
    /** The URIs (as strings) of the indexed files, in index order, with their exported descriptions. */
    exportsByFile(): ReadonlyMap<string, readonly AstNodeDescription[]> {
        return this.symbolIndex;
    }
}
