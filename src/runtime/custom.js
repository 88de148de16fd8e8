/**
 * User-defined primitives and composition (seeds 000 and 004: a `Function` with `forward` and
 * `backward`). A defined function becomes a rule like the built-in ones, so it works in forward
 * mode, reverse mode and graph tracing; when its `forward` and `backward` are differentiable
 * code themselves, it works at higher order too.
 */
import { Active, describe } from "./active.js";
import { liftN } from "./lift.js";
/**
 * Defines a differentiable primitive from its forward computation and its backward rule.
 * Forward mode uses `jvp(x, dx, y)` when given, else the partials `backward(x, y, 1)`.
 * Reverse mode uses `backward`. When the rules are differentiable code, higher orders work.
 * @example
 * const cube = defineFunction({
 *   name: "cube",
 *   forward: (x: number) => x * x * x,
 *   backward: (x: number[], y: number, dy: number) => [3 * x[0] * x[0] * dy],
 * });
 * grad(cube)(2); // 12
 */
export function defineFunction(spec) {
    const { name, forward, backward, jvp } = spec ?? {};
    if (typeof name !== "string" || typeof forward !== "function" || typeof backward !== "function") {
        throw new TypeError("typegrad: defineFunction takes { name: string, forward: function, backward: function, jvp?: function }");
    }
    if (jvp !== undefined && typeof jvp !== "function") {
        throw new TypeError(`typegrad: ${name}'s jvp must be a function (x, dx, y) => dy; got ${describe(jvp)}`);
    }
    const arity = forward.length;
    const checkArity = (xs) => {
        if (xs.length !== arity)
            throw new TypeError(`typegrad: ${name} takes ${arity} argument(s), got ${xs.length}`);
    };
    const rule = {
        name,
        arity,
        num: forward,
        partials: (xs, y) => {
            const ps = backward(xs, y, 1);
            if (!Array.isArray(ps) || ps.length !== xs.length) {
                throw new TypeError(`typegrad: ${name}'s backward must return an array of ${xs.length} partial(s); got ${describe(ps)}`);
            }
            return ps;
        },
        jvp: jvp === undefined ? undefined : (xs, dxs, y) => {
            const dy = jvp(xs, dxs, y);
            if (typeof dy !== "number" && !(dy instanceof Active))
                throw new TypeError(`typegrad: ${name}'s jvp must return one number; got ${describe(dy)}`);
            return dy;
        },
        fn: (...xs) => {
            checkArity(xs);
            return xs.some((x) => x instanceof Active) ? liftN(rule, xs) : checkNumber(forward(...xs));
        },
    };
    const checkNumber = (y) => {
        if (typeof y !== "number" && !(y instanceof Active))
            throw new TypeError(`typegrad: ${name}'s forward returned ${describe(y)}, not a number`);
        return y;
    };
    return rule.fn;
}
/**
 * Composes functions left to right, like seed 000's `pipe`: `pipe(f, g, h)(x) = h(g(f(x)))`.
 * The composition is differentiable whenever its parts are.
 * @example
 * grad(pipe(square, exp, square))(0.5); // 3.297442541400256
 */
export function pipe(...fs) {
    fs.forEach((f, k) => {
        if (typeof f !== "function")
            throw new TypeError(`typegrad: pipe's argument ${k} is ${describe(f)}, not a function`);
    });
    return (x) => fs.reduce((acc, f) => f(acc), x);
}
