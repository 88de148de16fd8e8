/**
 * `debugNans`: JAX's `debug_nans`, PyTorch's anomaly detection. When on, every operation on an
 * active value checks its result: the first one whose value or derivative (a Dual's tangent, a
 * tape's adjoint in the reverse sweep, a replayed graph's value or adjoint) is NaN throws an
 * Error naming the operation and the line of the user's code that ran it.
 *
 * When off, the hot paths pay one load of `nanWatch.on` per operation (they fall back to the
 * generic path when it is set) and nothing else: stacks are captured only while on.
 */
import { Active, numberOf } from "./active.js";
/** The switch read by the hot paths (an object, so compiled dispatch code can hold it). */
export const nanWatch = { on: false };
/**
 * Turns NaN detection on or off (off by default). While on, operations are slower: each one is
 * checked, and each recorded tape node keeps the source line that made it.
 * @example
 * debugNans(true);
 * grad((x: number) => Math.sqrt(x) * 0)(0); // throws: sqrt … derivative … at your-file.ts:2
 * debugNans(false);
 */
export function debugNans(enabled) {
    if (typeof enabled !== "boolean")
        throw new TypeError("typegrad: debugNans takes true or false");
    nanWatch.on = enabled;
}
const RUNTIME_DIR = new URL(".", import.meta.url);
const runtimeDirs = [RUNTIME_DIR.href, decodeURIComponent(RUNTIME_DIR.pathname)];
/** The stack now, unformatted (V8 formats a stack only when `.stack` is read). */
export function capture() {
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 60;
    const here = new Error();
    Error.stackTraceLimit = limit;
    return here;
}
/** The user's file:line:column that is running now (captured only when a check needs it). */
export function userSite() {
    return siteOf(capture());
}
/** The first frame of a captured stack outside typegrad's runtime, as file:line:column. */
export function siteOf(captured) {
    const stack = captured.stack ?? "";
    for (const line of stack.split("\n").slice(1)) {
        const m = /\((.*):(\d+):(\d+)\)\s*$/.exec(line) ?? /at (.*):(\d+):(\d+)\s*$/.exec(line);
        if (m === null)
            continue;
        const file = m[1];
        if (file.startsWith("node:") || file.includes("<anonymous>") || file.startsWith("eval at"))
            continue;
        if (runtimeDirs.some((dir) => file.startsWith(dir)))
            continue;
        return `${file.startsWith("file://") ? decodeURIComponent(new URL(file).pathname) : file}:${m[2]}:${m[3]}`;
    }
    return "an unknown place (no stack frame outside typegrad)";
}
const show = (x) => {
    try {
        return String(x instanceof Active ? numberOf(x) : x);
    }
    catch {
        return "?";
    }
};
/** The Error for operation `op` whose `what` ("value" or "derivative") became NaN at `site`. */
export function nanError(op, what, inputs, site, mode) {
    const args = inputs.length > 0 ? ` of (${inputs.map(show).join(", ")})` : "";
    return new Error(`typegrad: debugNans: ${op}${args} made its ${what} NaN (${mode}) at ${site}. ` +
        "This is the first operation that produced a NaN; check its inputs there.");
}
const isNaNValue = (x) => (typeof x === "number" ? x !== x : x instanceof Active && Number.isNaN(numberOf(x)));
/** Checks one operation of forward mode: its value and its tangent. */
export function checkForward(op, inputs, value, tangent) {
    if (isNaNValue(value))
        throw nanError(op, "value", inputs, userSite(), "forward mode");
    if (isNaNValue(tangent))
        throw nanError(op, "derivative", inputs, userSite(), "forward mode");
}
/** Per tape: the operation name and source line of every recorded node (while on). */
const sites = new WeakMap();
/** Checks one operation recorded on a tape: its value now; keeps its stack for the sweep. */
export function checkRecorded(tape, node, op, inputs, value) {
    if (isNaNValue(value))
        throw nanError(op, "value", inputs, userSite(), "reverse mode, recording");
    let bySite = sites.get(tape);
    if (bySite === undefined)
        sites.set(tape, (bySite = new Map()));
    bySite.set(node, { op, stack: capture(), inputs: inputs.map(show) });
}
/** Throws for tape node `node`, whose contribution in the reverse sweep made an adjoint NaN. */
export function sweepNan(tape, node) {
    const known = sites.get(tape)?.get(node);
    if (known === undefined) {
        throw new Error(`typegrad: debugNans: the reverse sweep produced a NaN derivative at tape node ${node}, ` +
            "recorded before debugNans(true) was called; turn it on before running the function");
    }
    throw nanError(known.op, "derivative", known.inputs, siteOf(known.stack), "reverse mode, sweep");
}
/** Compiled code made before debugNans(true) returned a NaN: it has no per-operation checks. */
export function compiledNan(mode) {
    throw new Error(`typegrad: debugNans: compiled ${mode} code returned NaN. The transform was created before ` +
        "debugNans(true); create it again (e.g. call grad(f) / derivative(f) after turning debugNans on) " +
        "so that it runs on the checked runtime and names the operation and line");
}
