// Functions as values, part 2: objectives and higher-order utilities with no typegrad import.
export function rosenbrock(x: number[]): number {
  let s = 0;
  for (let i = 0; i < x.length - 1; i++) {
    const a = x[i + 1] - x[i] * x[i];
    const b = 1 - x[i];
    s += 100 * a * a + b * b;
  }
  return s;
}

export const sphere = (x: number[]) => x.reduce((s, v) => s + v * v, 0);

export const table = {
  cube: (x: number) => x * x * x,
  wave: (x: number) => Math.sin(x) * Math.exp(-x),
};

export function scaled(k: number): (x: number) => number {
  return (x) => k * x * x;
}

export class Spring {
  constructor(readonly stiffness: number) {}
  energy(x: number): number {
    return 0.5 * this.stiffness * x * x;
  }
}

export function compose<A, B, C>(g: (b: B) => C, f: (a: A) => B): (a: A) => C {
  return (a) => g(f(a));
}

export function forwardAll<F extends (...args: any[]) => number>(f: F): (...args: Parameters<F>) => number {
  return (...args) => f(...args);
}

export function memoize(f: (x: number) => number): (x: number) => number {
  const cache = new Map<number, number>();
  return (x) => {
    const hit = cache.get(x);
    if (hit !== undefined) return hit;
    const y = f(x);
    cache.set(x, y);
    return y;
  };
}
