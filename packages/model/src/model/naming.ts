/** `OPD.NAME`: how an element is written from outside its OPD (spec §3.2). */
export function qualify(opd: string, name: string): string {
    return `${opd}.${name}`;
}

/** The keyword users write for an element type (`Aplikasi` → `aplikasi`). */
export function kindKeyword(type: string): string {
    return type.charAt(0).toLowerCase() + type.slice(1);
}

/** The element type of a keyword (`aplikasi` → `Aplikasi`). */
export function kindType(keyword: string): string {
    return keyword.charAt(0).toUpperCase() + keyword.slice(1);
}
