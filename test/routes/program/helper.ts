// The helper module of every generated program (copied beside it, re-exported by its
// index.ts): a small user library of optimisers, checks and higher-order utilities that take
// functions as values and call typegrad's transforms on them inside. Nothing here knows which
// function it will be given.
import { derivative, grad, hessian, hvp, jacfwd, jacrev, jvp, pipe, trace, valueAndGrad, vjp } from "typegrad";

/** Every transform of a function of one number, at x. */
export function checkUnary(f: (x: number) => number, x: number) {
  const [value, reverse] = valueAndGrad(f)(x);
  return {
    value,
    reverse,
    grad: grad(f)(x),
    forward: derivative(f)(x),
    jvp: jvp(f, [x], [1])[1],
    secondForward: derivative(derivative(f))(x),
    secondMixed: [derivative(grad(f))(x), grad(derivative(f))(x), grad(grad(f))(x)],
    traced: trace(f, x).grad(x) as number,
    piped: grad(pipe(f, halfSquare))(x),
    gradient: grad(f),
  };
}

/** Every transform of a function of two numbers, at (x, y). */
export function checkBinary(f: (x: number, y: number) => number, x: number, y: number) {
  const [value, reverse] = valueAndGrad(f)(x, y);
  return {
    value,
    reverse,
    vjp: vjp(f, x, y)[1](1),
    forward: [jvp(f, [x, y], [1, 0])[1], jvp(f, [x, y], [0, 1])[1]],
    traced: trace(f, x, y).grad(x, y) as number[],
    gradient: grad(f),
  };
}

/** Every transform of a function of a vector, at v. */
export function checkVector(f: (v: number[]) => number, v: number[]) {
  const [value, reverse] = valueAndGrad(f)(v);
  return {
    value,
    reverse,
    forward: jacfwd(f)(v),
    jacrev: jacrev(f)(v),
    hessian: hessian(f)(v),
    hvp: hvp(f, v, v.map(() => 1)),
    gradient: grad(f),
  };
}

/** Gradient descent on a function of one number: the path of x. */
export function minimize(f: (x: number) => number, x0: number, steps = 3, rate = 0.05): number[] {
  const df = grad(f);
  const path = [x0];
  let x = x0;
  for (let i = 0; i < steps; i++) {
    x = x - rate * df(x);
    path.push(x);
  }
  return path;
}

/** Gradient descent on a function of a vector: the path of v. */
export function minimizeVector(f: (v: number[]) => number, v0: number[], steps = 3, rate = 0.05): number[][] {
  const path = [v0];
  let v = v0;
  for (let i = 0; i < steps; i++) {
    const g = grad(f)(v);
    v = v.map((vi, k) => vi - rate * g[k]!);
    path.push(v);
  }
  return path;
}

/** g ∘ f. */
export const compose =
  <A extends unknown[]>(g: (y: number) => number, f: (...a: A) => number) =>
  (...a: A): number =>
    g(f(...a));

/** x ↦ k·f(x), a factory in another module. */
export function scale<A extends unknown[]>(k: number, f: (...a: A) => number): (...a: A) => number {
  return (...a) => k * f(...a);
}

/** A wrapper with rest arguments. */
export function forward<A extends unknown[], R>(f: (...a: A) => R): (...a: A) => R {
  return (...a) => f(...a);
}

/** The function itself, through a generic parameter. */
export function via<F>(f: F): F {
  return f;
}

/** Memoisation by argument identity (a trie of Maps, one level per argument). */
export function memoize<A extends unknown[], R>(f: (...a: A) => R): (...a: A) => R {
  const root = new Map<unknown, unknown>();
  const RESULT = Symbol("result");
  return (...a) => {
    let node = root;
    for (const arg of a) {
      if (!node.has(arg)) node.set(arg, new Map<unknown, unknown>());
      node = node.get(arg) as Map<unknown, unknown>;
    }
    if (!node.has(RESULT)) node.set(RESULT, f(...a));
    return node.get(RESULT) as R;
  };
}

const registry = new Map<string, unknown>();

/** Keeps a function under a name, in this module's Map. */
export function register<F>(name: string, f: F): void {
  registry.set(name, f);
}

/** The function kept under `name`. */
export function lookup<F>(name: string): F {
  if (!registry.has(name)) throw new Error(`nothing registered as ${name}`);
  return registry.get(name) as F;
}

/** A program function used as the outer function of `compose`. */
export const halfSquare = (y: number): number => 0.5 * y * y;

/** A condition known only at run time. */
export const on = (word: string): boolean => word.length > 0;

/** An index known only at run time. */
export const pick = (i: number): number => i;
