export { default as BoundingBox } from "./BoundingBox.svelte";
export { default as Hand } from "./Hand.svelte";
export { default as Trash } from "./Trash.svelte";
export { default as Label } from "./Label.svelte";
export { default as Lock } from "./Lock.svelte";
export { default as Unlock } from "./Unlock.svelte";
export { default as IconButton } from "./IconButton.svelte";
