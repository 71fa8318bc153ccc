import { DefaultTokenBuilder, EmptyFileSystem, type Grammar } from 'langium';
import type { TokenType } from 'chevrotain';
import { expect, test } from 'vitest';
import { createSpbeServices } from '../../packages/language/src/spbe-module.js';
import { SpbeTokenBuilder } from '../../packages/language/src/parser/spbe-token-builder.js';

/** Each keyword's LONGER_ALT (the terminals it could also start), by name. */
function longerAlts(tokens: TokenType[]): Map<string, string[]> {
    return new Map(tokens.map(t => [t.name, ([] as TokenType[]).concat(t.LONGER_ALT ?? []).map(alt => alt.name)]));
}

test('the token builder gives every keyword the LONGER_ALT Langium would, with each partial pattern built once', () => {
    const grammar: Grammar = createSpbeServices(EmptyFileSystem).Spbe.Grammar;
    const ours = new SpbeTokenBuilder().buildTokens(grammar) as TokenType[];
    const langiums = new DefaultTokenBuilder().buildTokens(grammar) as TokenType[];
    expect(longerAlts(ours)).toEqual(longerAlts(langiums));
    // A keyword that is also an ID has ID as its longer alternative (`aplikasiBaru` is one ID token).
    expect(longerAlts(ours).get('aplikasi')).toContain('ID');
    expect(langiums.length).toBeGreaterThan(50);
});
