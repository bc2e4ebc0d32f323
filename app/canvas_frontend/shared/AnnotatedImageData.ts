import type { FileData } from "@gradio/client";
import Box from "./Box";

export default class AnnotatedImageData {
    image: FileData;
    boxes: Box[] = [];
    orientation: number = 0;
    // Display pixels per picture pixel (the server's), for the zoom read-out; null = 1.
    picture_scale: number | null = null;
}
