/** Pan (drag, arrow keys) and zoom (wheel, buttons) of an SVG scene by its transform; kept across redraws. */
export class PanZoom {
    private x = 0;
    private y = 0;
    private scale = 1;
    private drag: { x: number; y: number; px: number; py: number } | undefined;

    constructor(private readonly svg: SVGSVGElement, private readonly scene: SVGGElement, private readonly onChange: () => void) {
        svg.addEventListener('wheel', event => {
            event.preventDefault();
            const rect = svg.getBoundingClientRect();
            this.zoomAt(event.deltaY < 0 ? 1.15 : 1 / 1.15, event.clientX - rect.left, event.clientY - rect.top);
        }, { passive: false });
        svg.addEventListener('pointerdown', event => {
            if ((event.target as Element).closest('.node, .marker')) {
                return;
            }
            this.drag = { x: event.clientX, y: event.clientY, px: this.x, py: this.y };
            svg.setPointerCapture(event.pointerId);
            svg.classList.add('dragging');
        });
        svg.addEventListener('pointermove', event => {
            if (this.drag) {
                this.x = this.drag.px + event.clientX - this.drag.x;
                this.y = this.drag.py + event.clientY - this.drag.y;
                this.apply();
            }
        });
        const end = () => { this.drag = undefined; svg.classList.remove('dragging'); };
        svg.addEventListener('pointerup', end);
        svg.addEventListener('pointercancel', end);
    }

    get state(): { x: number; y: number; scale: number } {
        return { x: this.x, y: this.y, scale: this.scale };
    }

    restore(state: { x: number; y: number; scale: number }): void {
        ({ x: this.x, y: this.y, scale: this.scale } = state);
        this.apply();
    }

    zoomAt(factor: number, cx: number, cy: number): void {
        const next = Math.min(8, Math.max(0.05, this.scale * factor));
        const f = next / this.scale;
        this.x = cx - (cx - this.x) * f;
        this.y = cy - (cy - this.y) * f;
        this.scale = next;
        this.apply();
    }

    zoom(factor: number): void {
        const rect = this.svg.getBoundingClientRect();
        this.zoomAt(factor, rect.width / 2, rect.height / 2);
    }

    panBy(dx: number, dy: number): void {
        this.x += dx;
        this.y += dy;
        this.apply();
    }

    /** Fits a width × height scene into the view, with a margin. */
    fit(width: number, height: number): void {
        const rect = this.svg.getBoundingClientRect();
        const scale = Math.min((rect.width - 24) / Math.max(width, 1), (rect.height - 24) / Math.max(height, 1), 2);
        this.scale = Math.max(0.05, scale);
        this.x = (rect.width - width * this.scale) / 2;
        this.y = 12;
        this.apply();
    }

    /** Scrolls a scene point into the middle of the view (a highlighted element off screen). */
    centre(px: number, py: number): void {
        const rect = this.svg.getBoundingClientRect();
        const sx = px * this.scale + this.x;
        const sy = py * this.scale + this.y;
        if (sx < 0 || sy < 0 || sx > rect.width || sy > rect.height) {
            this.x = rect.width / 2 - px * this.scale;
            this.y = rect.height / 2 - py * this.scale;
            this.apply();
        }
    }

    private apply(): void {
        this.scene.setAttribute('transform', `translate(${this.x.toFixed(1)},${this.y.toFixed(1)}) scale(${this.scale.toFixed(4)})`);
        this.onChange();
    }
}
