import * as __typegrad from "typegrad";
__typegrad.attach(truncate, truncate$ad);
// A helper with nothing to rewrite but a bitwise operator on what differentiable code in
// diagnostics.ts passes it: its twin is kept, so the error is reported here.
export function truncate(x) {
    return x | 0;
}
export function truncate$ad(x) {
    return x | 0;
}
