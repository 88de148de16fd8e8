import * as __typegrad from "typegrad";
__typegrad.attach(dotRow, dotRow$ad);
// User-style audit, part 1: data and helpers in their own module (no typegrad import).
export const X = [];
export const y = [];
for (let i = 0; i < 12; i++) {
    X.push([Math.sin(i * 1.3), Math.cos(i * 0.7), 0.5 - (i % 4) * 0.25]);
    y.push(i % 3 === 0 ? 1 : 0);
}
export const t = [0, 0.5, 1, 1.5, 2];
export const obs = t.map((s) => Math.exp(-0.3 * s));
export function dotRow(A, i, w) {
    let s = 0;
    const row = A[i];
    for (let j = 0; j < w.length; j++)
        s += row[j] * w[j];
    return s;
}
export function dotRow$ad(A, i, w) {
    let s = 0;
    const row = A[i];
    for (let j = 0; j < w.length; j++)
        s = __typegrad.add(s, __typegrad.mul(row[j], w[j]));
    return s;
}
