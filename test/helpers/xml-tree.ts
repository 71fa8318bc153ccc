import { SaxesParser } from 'saxes';

/** An XML element read back: its name, attributes, child elements and its own text (children's text not included). */
export interface XmlElement {
    readonly name: string;
    readonly attributes: Record<string, string>;
    readonly children: XmlElement[];
    text: string;
}

/** Parses with saxes (strict: malformed XML, or a character XML 1.0 forbids, throws) into a tree. */
export function parseXml(xml: string): XmlElement {
    const parser = new SaxesParser();
    const stack: XmlElement[] = [];
    let root: XmlElement | undefined;
    parser.on('error', error => { throw error; });
    parser.on('opentag', tag => {
        const element: XmlElement = { name: tag.name, attributes: { ...tag.attributes } as Record<string, string>, children: [], text: '' };
        stack.at(-1)?.children.push(element);
        root ??= element;
        stack.push(element);
    });
    parser.on('text', text => {
        const top = stack.at(-1);
        if (top) {
            top.text += text;
        }
    });
    parser.on('closetag', () => { stack.pop(); });
    parser.write(xml).close();
    if (!root) {
        throw new Error('no root element');
    }
    return root;
}
