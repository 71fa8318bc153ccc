/**
 * A diagram taller than a page at full text width, as horizontal strips of at most `maxAspect`
 * (height ÷ width) each: the same SVG with the root's height and viewBox narrowed to one strip, so each
 * strip fills a page's width instead of the whole diagram shrinking to a page's height. An SVG that
 * fits, or whose root size cannot be read, is returned whole.
 */
export function svgSlices(svg: string, maxAspect: number): string[] {
    const root = /<svg\b[^>]*>/.exec(svg);
    const width = Number(/\swidth="([\d.]+)"/.exec(root?.[0] ?? '')?.[1]);
    const height = Number(/\sheight="([\d.]+)"/.exec(root?.[0] ?? '')?.[1]);
    if (!root || !(width > 0) || !(height > 0) || height / width <= maxAspect) {
        return [svg];
    }
    const count = Math.ceil(height / (width * maxAspect));
    const strip = Math.ceil(height / count);
    return Array.from({ length: count }, (_, i) => {
        const tag = root[0]
            .replace(/\sheight="[\d.]+"/, ` height="${strip}"`)
            .replace(/\sviewBox="[^"]*"/, ` viewBox="0 ${i * strip} ${width} ${strip}"`);
        return svg.slice(0, root.index) + tag + svg.slice(root.index + root[0].length);
    });
}
