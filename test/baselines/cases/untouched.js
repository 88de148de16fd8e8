// No typegrad here: this file must be emitted exactly as plain tsc emits it.
export function mean(xs) {
    let s = 0;
    for (const x of xs)
        s += x;
    return s / xs.length;
}
export const total = [1, 2, 3].reduce((a, b) => a + b, 0) ** 2 - -1;
