import WindowViewer from "./WindowViewer";
const clamp = (num: number, min: number, max: number) => Math.min(Math.max(num, min), max)


function setAlpha(rgbColor: string, alpha: number) {
    if (rgbColor.startsWith('rgba')) {
        return rgbColor.replace(/[\d.]+$/, alpha.toString());
    }
    const matches = rgbColor.match(/\d+/g);
    if (!matches || matches.length !== 3) {
        return `rgba(50, 50, 50, ${alpha})`;
    }
    const [r, g, b] = matches;
    return `rgba(${r}, ${g}, ${b}, ${alpha})`;
}


// What the box is for the person, shown by its outline and a badge beside its label (its
// colour is its class's): "predicted" a model proposal (dashed, amber badge), "accepted"
// saved (solid, green badge), "new" drawn or changed here and not saved yet (blue badge).
export type BoxState = "predicted" | "accepted" | "new";

const STATE_BADGES: Record<BoxState, { text: string; color: string; dash: number[] }> = {
    predicted: { text: "P", color: "rgb(245, 158, 11)", dash: [7, 4] },
    accepted: { text: "\u2713", color: "rgb(22, 163, 74)", dash: [] },
    new: { text: "+", color: "rgb(37, 99, 235)", dash: [2, 3] },
};

/** Black or white, whichever reads better on ``rgbColor``. */
type PointerHandler = (event: MouseEvent) => void;

// A gesture (drag, draw, resize) follows the pointer over the whole page until it is lifted.
function followPointer(move: PointerHandler, up: PointerHandler): void {
    document.addEventListener("pointermove", move);
    document.addEventListener("pointerup", up);
}

function stopFollowing(move: PointerHandler, up: PointerHandler): void {
    document.removeEventListener("pointermove", move);
    document.removeEventListener("pointerup", up);
}

type Side = "min" | "max";

/** One axis of a box being drawn, the pointer at `p`: the side the pointer is past follows it,
 * `anchor` is the side that stays, and crossing the anchor flips the box. [min, max, anchor]. */
function drawAxis(p: number, min: number, max: number, anchor: Side): [number, number, Side] {
    if (p > max) {
        return [anchor === "max" ? max : min, p, "min"];
    }
    if (p < min) {
        return [p, anchor === "min" ? min : max, "max"];
    }
    if (p > min && p < max) {
        return anchor === "min" ? [min, p, anchor] : [p, max, anchor];
    }
    return [min, max, anchor];
}

/** One axis of a box just drawn, on a canvas `size` long: grown to `minSize` away from its
 * anchor when `tooSmall`, then moved back inside the canvas. [min, max]. */
function settleAxis(min: number, max: number, anchor: Side, tooSmall: boolean, minSize: number,
                    size: number): [number, number] {
    if (tooSmall) {
        if (anchor === "min") {
            max = min + minSize;
        } else {
            min = max - minSize;
        }
    }
    if (max > size) {
        return [min - (max - size), size];
    }
    if (min < 0) {
        return [0, max - min];
    }
    return [min, max];
}

/** The eight resize handles, in the order their index names them (the corners clockwise from the
 * top left, then the edges' centres clockwise from the top): the side of the box each one moves
 * on x and on y (null: neither; the handle sits at the middle). */
const HANDLE_SIDES: [Side | null, Side | null][] = [
    ["min", "min"], ["max", "min"], ["max", "max"], ["min", "max"],
    [null, "min"], ["max", null], [null, "max"], ["min", null],
];

/** One axis of a box being resized: the handle's `side` moves by `delta`, kept at least
 * `minSize` from the other side and inside the canvas (`size` long). [min, max]. */
function resizeAxis(min: number, max: number, side: Side | null, delta: number, minSize: number,
                    size: number): [number, number] {
    if (side === "min") {
        return [clamp(min + delta, 0, max - minSize), max];
    }
    if (side === "max") {
        return [min, clamp(max + delta, min + minSize, size)];
    }
    return [min, max];
}

function textColorOn(rgbColor: string): string {
    const matches = rgbColor.match(/\d+/g);
    if (!matches || matches.length < 3) {
        return "black";
    }
    const [r, g, b] = matches.map(Number);
    return 0.299 * r + 0.587 * g + 0.114 * b > 150 ? "black" : "white";
}

export default class Box {
    label: string;
    state: BoxState;
    score: number | null;
    xmin: number;
    ymin: number;
    xmax: number;
    ymax: number;
    _xmin: number;
    _ymin: number;
    _xmax: number;
    _ymax: number;
    color: string;
    alpha: number;
    isDragging: boolean;
    isResizing: boolean;
    isSelected: boolean;
    isCreating: boolean;
    offsetMouseX: number;
    offsetMouseY: number;
    resizeHandleSize: number;
    resizingHandleIndex: number;
    minSize: number;
    renderCallBack: () => void;
    onFinishCreation: (box: Box) => void;
    canvasXmin: number;
    canvasYmin: number;
    canvasXmax: number;
    canvasYmax: number;
    scaleFactor: number;
    thickness: number;
    selectedThickness: number;
    creatingAnchorX: Side;
    creatingAnchorY: Side;
    resizeHandles: {
        xmin: number;
        ymin: number;
        xmax: number;
        ymax: number;
        cursor: string;
    }[];
    canvasWindow: WindowViewer;
    pointersCache: Map<number, PointerEvent>;

    constructor(
        renderCallBack: () => void,
        onFinishCreation: (box: Box) => void,
        canvasWindow: WindowViewer,
        pointersCache: Map<number, PointerEvent>,
        canvasXmin: number,
        canvasYmin: number,
        canvasXmax: number,
        canvasYmax: number,
        label: string,
        xmin: number,
        ymin: number,
        xmax: number,
        ymax: number,
        color: string = "rgb(255, 255, 255)",
        alpha: number = 0.5,
        minSize: number = 25,
        handleSize: number = 8,
        thickness: number = 2,
        selectedThickness: number = 4,
        scaleFactor: number = 1,
    ) {
        this.renderCallBack = renderCallBack;
        this.onFinishCreation = onFinishCreation;
        this.canvasWindow = canvasWindow;
        this.pointersCache = pointersCache;
        this.canvasXmin = canvasXmin;
        this.canvasYmin = canvasYmin;
        this.canvasXmax = canvasXmax;
        this.canvasYmax = canvasYmax;
        this.scaleFactor = scaleFactor;
        this.label = label;
        this.isDragging = false;
        this.isCreating = false;
        this._xmin = xmin;
        this._ymin = ymin;
        this._xmax = xmax;
        this._ymax = ymax;
        this.xmin = this._xmin * this.canvasWindow.scale;
        this.ymin = this._ymin * this.canvasWindow.scale;
        this.xmax = this._xmax * this.canvasWindow.scale;
        this.ymax = this._ymax * this.canvasWindow.scale;
        this.isResizing = false;
        this.isSelected = false;
        this.offsetMouseX = 0;
        this.offsetMouseY = 0;
        this.resizeHandleSize = handleSize;
        this.thickness = thickness;
        this.selectedThickness = selectedThickness;
        this.updateHandles();
        this.resizingHandleIndex = -1;
        this.minSize = minSize;
        this.color = color;
        this.alpha = alpha;
        this.creatingAnchorX = "min";
        this.creatingAnchorY = "min";
        this.state = "new";
        this.score = null;
    }

    /** The person changed this box: it is theirs now, unsaved, with no model score. */
    markEdited(): void {
        this.state = "new";
        this.score = null;
    }

    /** The text on the label: the class, and the model's score for a proposal. */
    caption(): string {
        const label = this.label ?? "";
        return this.score === null || this.score === undefined ? label : `${label} ${this.score.toFixed(2)}`;
    }

    toJSON() {
        return {
            label: this.label,
            xmin: this._xmin,
            ymin: this._ymin,
            xmax: this._xmax,
            ymax: this._ymax,
            color: this.color,
            scaleFactor: this.scaleFactor,
            state: this.state,
            score: this.score,
        };
    }

    setSelected(selected: boolean): void{
        this.isSelected = selected;
    }

    /** Point the box at a new canvas instance.
     *
     * Boxes live in the component value, which outlives the component itself:
     * Gradio can rebuild the canvas and leave the existing boxes in place. The
     * callbacks, viewer and pointer cache they captured then belong to a dead
     * instance, so pointer state never reaches them and they stop responding.
     *
     * Args:
     *     renderCallBack: Redraw of the live canvas.
     *     onFinishCreation: Called when the box finishes being created.
     *     canvasWindow: Viewer of the live canvas.
     *     pointersCache: Pointer cache the live canvas writes to.
     */
    attach(
        renderCallBack: () => void,
        onFinishCreation: (box: Box) => void,
        canvasWindow: WindowViewer,
        pointersCache: Map<number, PointerEvent>,
    ): void {
        this.renderCallBack = renderCallBack;
        this.onFinishCreation = onFinishCreation;
        this.canvasWindow = canvasWindow;
        this.pointersCache = pointersCache;
    }

    setScaleFactor(scaleFactor: number) {
        let scale = scaleFactor / this.scaleFactor;
        this._xmin = this._xmin * scale;
        this._ymin = this._ymin * scale;
        this._xmax = this._xmax * scale;
        this._ymax = this._ymax * scale;
        this.applyUserScale();
        // this.updateHandles();
        this.scaleFactor = scaleFactor;
    }

    updateHandles(): void {
        const halfSize = this.resizeHandleSize / 2;
        const at = (side: Side | null, min: number, max: number) =>
            side === null ? min + (max - min) / 2 : side === "min" ? min : max;
        this.resizeHandles = HANDLE_SIDES.map(([sideX, sideY]) => {
            const x = at(sideX, this.xmin, this.xmax);
            const y = at(sideY, this.ymin, this.ymax);
            const cursor = sideX === null ? "ns-resize" : sideY === null ? "ew-resize"
                : sideX === sideY ? "nwse-resize" : "nesw-resize";
            return { xmin: x - halfSize, ymin: y - halfSize, xmax: x + halfSize, ymax: y + halfSize, cursor };
        });
    }

    getWidth(): number {
        return this.xmax - this.xmin;
    }

    getHeight(): number {
        return this.ymax - this.ymin;
    }

    getArea(): number {
        return this.getWidth() * this.getHeight();
    }

    toCanvasCoordinates(x: number, y: number): [number, number] {
        x = x + this.canvasXmin;
        y = y + this.canvasYmin;
        return [x, y];
    }

    toBoxCoordinates(x: number, y: number): [number, number] {
        x = x - this.canvasXmin;
        y = y - this.canvasYmin;
        return [x, y];
    }

    applyUserScale(): void {
        this.xmin = this._xmin * this.canvasWindow.scale;
        this.ymin = this._ymin * this.canvasWindow.scale;
        this.xmax = this._xmax * this.canvasWindow.scale;
        this.ymax = this._ymax * this.canvasWindow.scale;
        this.updateHandles();
    }

    updateOffset(): void {
        this.canvasXmin = this.canvasWindow.offsetX;
        this.canvasYmin = this.canvasWindow.offsetY;
        this.canvasXmax = this.canvasWindow.offsetX + this.canvasWindow.imageWidth * this.canvasWindow.scale;
        this.canvasYmax = this.canvasWindow.offsetY + this.canvasWindow.imageHeight * this.canvasWindow.scale;
        this.applyUserScale();
    }
    render(ctx: CanvasRenderingContext2D): void {
        let xmin: number, ymin: number;

        this.updateOffset()
        // Render the box and border
        ctx.beginPath();
        [xmin, ymin] = this.toCanvasCoordinates(this.xmin, this.ymin);
        ctx.rect(xmin, ymin, this.getWidth(), this.getHeight());
        ctx.fillStyle = setAlpha(this.color, this.alpha);
        ctx.fill();
        if (this.isSelected) {
            ctx.lineWidth = this.selectedThickness;
        } else {
            ctx.lineWidth = this.thickness;
        }
        const badge = STATE_BADGES[this.state] ?? STATE_BADGES.new;
        ctx.strokeStyle = setAlpha(this.color, 1);
        ctx.setLineDash(badge.dash.map((d) => d * Math.max(1, ctx.lineWidth / 2)));
        ctx.stroke();
        ctx.setLineDash([]);
        ctx.closePath();

        // The label: a state badge, then the class (and score) on the class colour
        const caption = this.caption();
        ctx.font = this.isSelected ? "bold 13px Arial" : "12px Arial";
        const labelHeight = 18;
        const badgeWidth = labelHeight;
        const textWidth = caption.trim() === "" ? 0 : ctx.measureText(caption).width + 10;
        let [labelX, labelY] = this.toCanvasCoordinates(this.xmin, this.ymin - labelHeight);
        if (labelY < 0) {
            labelY += labelHeight;  // no room above the box: inside its top edge
        }
        ctx.fillStyle = badge.color;
        ctx.fillRect(labelX, labelY, badgeWidth, labelHeight);
        ctx.fillStyle = "white";
        ctx.textAlign = "center";
        ctx.fillText(badge.text, labelX + badgeWidth / 2, labelY + 13);
        ctx.textAlign = "left";
        if (textWidth > 0) {
            ctx.fillStyle = setAlpha(this.color, 1);
            ctx.fillRect(labelX + badgeWidth, labelY, textWidth, labelHeight);
            ctx.fillStyle = textColorOn(this.color);
            ctx.fillText(caption, labelX + badgeWidth + 5, labelY + 13);
        }
        ctx.lineWidth = 1;
        ctx.strokeStyle = "rgba(0, 0, 0, 0.6)";
        ctx.strokeRect(labelX, labelY, badgeWidth + textWidth, labelHeight);

        // The handles, on the selected box only (as Label Studio and CVAT do): on every box they
        // crowd a picture full of proposals
        if (!this.isSelected) {
            return;
        }
        ctx.fillStyle = setAlpha(this.color, 1);
        for (const handle of this.resizeHandles) {
            [xmin, ymin] = this.toCanvasCoordinates(handle.xmin, handle.ymin);
            ctx.fillRect(
                xmin,
                ymin,
                handle.xmax - handle.xmin,
                handle.ymax - handle.ymin,
            );
        }
    }

    startDrag(event: MouseEvent): void {
        this.isDragging = true;
        const [pointerX, pointerY] = this.canvasWindow.toCanvasPoint(event.clientX, event.clientY);
        this.offsetMouseX = pointerX - this._xmin * this.canvasWindow.scale;
        this.offsetMouseY = pointerY - this._ymin * this.canvasWindow.scale;
        followPointer(this.handleDrag, this.stopDrag);
    }

    stopDrag = (): void => {
        this.isDragging = false;
        stopFollowing(this.handleDrag, this.stopDrag);
    };

    handleDrag = (event: MouseEvent): void => {
        if (this.isDragging && this.pointersCache.size === 1) {
            const [pointerX, pointerY] = this.canvasWindow.toCanvasPoint(event.clientX, event.clientY);
            let deltaX = (pointerX - this.offsetMouseX) / this.canvasWindow.scale - this._xmin;
            let deltaY = (pointerY - this.offsetMouseY) / this.canvasWindow.scale - this._ymin;

            const canvasW = (this.canvasXmax - this.canvasXmin) / this.canvasWindow.scale;
            const canvasH = (this.canvasYmax - this.canvasYmin) / this.canvasWindow.scale;
            deltaX = clamp(deltaX, -this._xmin, canvasW-this._xmax);
            deltaY = clamp(deltaY, -this._ymin, canvasH-this._ymax);
            this._xmin += deltaX;
            this._ymin += deltaY;
            this._xmax += deltaX;
            this._ymax += deltaY;
            if (deltaX !== 0 || deltaY !== 0) {
                this.markEdited();
            }

            this.applyUserScale();
            // this.updateHandles();
            this.renderCallBack();
        }
    };

    isPointInsideBox(x: number, y: number): boolean {
        [x, y] = this.toBoxCoordinates(x, y);
        return (
            x >= this.xmin &&
            x <= this.xmax &&
            y >= this.ymin &&
            y <= this.ymax
        );
    }

    indexOfPointInsideHandle(x: number, y: number): number {
        [x, y] = this.toBoxCoordinates(x, y);
        for (let i = 0; i < this.resizeHandles.length; i++) {
            const handle = this.resizeHandles[i];
            if (
                x >= handle.xmin &&
                x <= handle.xmax &&
                y >= handle.ymin &&
                y <= handle.ymax
            ) {
                this.resizingHandleIndex = i;
                return i;
            }
        }
        return -1;
    }

    startCreating(): void {
        this.isCreating = true;
        followPointer(this.handleCreating, this.stopCreating);
    }

    handleCreating = (event: MouseEvent): void => {
        if (this.isCreating && this.pointersCache.size === 1) {
            const [pointerX, pointerY] = this.canvasWindow.toCanvasPoint(event.clientX, event.clientY);
            let [x, y] = this.toBoxCoordinates(pointerX, pointerY);
            x = x / this.canvasWindow.scale;
            y = y / this.canvasWindow.scale;

            [this._xmin, this._xmax, this.creatingAnchorX] = drawAxis(x, this._xmin, this._xmax, this.creatingAnchorX);
            [this._ymin, this._ymax, this.creatingAnchorY] = drawAxis(y, this._ymin, this._ymax, this.creatingAnchorY);
            this.applyUserScale();
            // this.updateHandles();
            this.renderCallBack();
        }
    }
    
    stopCreating = (event: MouseEvent): void => {
        this.isCreating = false;
        stopFollowing(this.handleCreating, this.stopCreating);

        if (this.getArea() > 0) {
            const canvasW = (this.canvasXmax - this.canvasXmin) / this.canvasWindow.scale;
            const canvasH = (this.canvasYmax - this.canvasYmin) / this.canvasWindow.scale;
            this._xmin = clamp(this._xmin, 0, canvasW - this.minSize);
            this._ymin = clamp(this._ymin, 0, canvasH - this.minSize);
            this._xmax = clamp(this._xmax, this.minSize, canvasW);
            this._ymax = clamp(this._ymax, this.minSize, canvasH);

            if (this.minSize > 0) {
                const scale = this.canvasWindow.scale;
                [this._xmin, this._xmax] = settleAxis(this._xmin, this._xmax, this.creatingAnchorX,
                    this.getWidth() / scale < this.minSize, this.minSize, canvasW);
                [this._ymin, this._ymax] = settleAxis(this._ymin, this._ymax, this.creatingAnchorY,
                    this.getHeight() / scale < this.minSize, this.minSize, canvasH);
            }
            this.applyUserScale();
            // this.updateHandles();
            this.renderCallBack();
        }
        this.onFinishCreation(this);
    }

    startResize(handleIndex: number, event: MouseEvent): void {
        this.resizingHandleIndex = handleIndex;
        this.isResizing = true;
        const [pointerX, pointerY] = this.canvasWindow.toCanvasPoint(event.clientX, event.clientY);
        this.offsetMouseX = pointerX - this.resizeHandles[handleIndex].xmin;
        this.offsetMouseY = pointerY - this.resizeHandles[handleIndex].ymin;
        followPointer(this.handleResize, this.stopResize);
    }

    handleResize = (event: MouseEvent): void => {
        if (this.isResizing && this.pointersCache.size === 1) {
            const [mouseX, mouseY] = this.canvasWindow.toCanvasPoint(event.clientX, event.clientY);
            const deltaX = (mouseX - this.offsetMouseX - this.resizeHandles[this.resizingHandleIndex].xmin) / this.canvasWindow.scale;
            const deltaY = (mouseY - this.offsetMouseY - this.resizeHandles[this.resizingHandleIndex].ymin) / this.canvasWindow.scale;
            const canvasW = (this.canvasXmax - this.canvasXmin) / this.canvasWindow.scale;
            const canvasH = (this.canvasYmax - this.canvasYmin) / this.canvasWindow.scale;
            const [sideX, sideY] = HANDLE_SIDES[this.resizingHandleIndex];
            [this._xmin, this._xmax] = resizeAxis(this._xmin, this._xmax, sideX, deltaX, this.minSize, canvasW);
            [this._ymin, this._ymax] = resizeAxis(this._ymin, this._ymax, sideY, deltaY, this.minSize, canvasH);

            if (deltaX !== 0 || deltaY !== 0) {
                this.markEdited();
            }
            // Update the resize handles
            this.applyUserScale();
            // this.updateHandles();
            this.renderCallBack();
        }
    };

    stopResize = (): void => {
        this.isResizing = false;
        stopFollowing(this.handleResize, this.stopResize);
    };

    onRotate(op: number): void {
        const [_xmin, _xmax, _ymin, _ymax] = [this._xmin, this._xmax, this._ymin, this._ymax];
        switch (op) {
            case 1:
                this._xmin = this.canvasWindow.imageWidth - _ymax;
                this._xmax = this.canvasWindow.imageWidth - _ymin;
                this._ymin = _xmin;
                this._ymax = _xmax;
                break;
            case -1:
                this._xmin = _ymin;
                this._xmax = _ymax;
                this._ymin = this.canvasWindow.imageHeight - _xmax;
                this._ymax = this.canvasWindow.imageHeight - _xmin;
                break;
        }
        this.applyUserScale();
    }
}
