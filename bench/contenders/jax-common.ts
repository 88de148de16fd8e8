/**
 * @jax-js/jax 0.1.25 on its default `wasm` device, float64 arrays. Under Node 20 its float64
 * support needs `globalThis.Float16Array` to exist before the module is evaluated, so it is
 * imported dynamically after a stand-in is installed. jax-js arrays are reference counted:
 * every use of an array consumes it, `.ref` keeps it for another use.
 *
 * Styles: W1/W4 scalar functions on 0-d/1-d arrays; W2/W3 whole-array code. Every call turns
 * the plain-JS input into arrays and reads the gradient back with `dataSync()`.
 * Measured here: jax-js's wasm `sin`/`exp`/`tanh` are float32-accurate even on float64 arrays
 * (sin(0.6) is off by 1.6e-8), hence the looser tolerance.
 */
import type * as Jax from "@jax-js/jax";
import type { ContenderModule, Impl, Tolerance } from "../core/types.js";
import { N2 } from "../workloads/w2.js";
import { B1, B2, HID, IN, NPARAM, SAMPLES, W2O, X, Y } from "../workloads/w3.js";

type A = Jax.Array;
const JAX_TOL: Tolerance = { rtol: 1e-5, atol: 1e-6, note: "f64, f32-accurate transcendentals" };

async function load(): Promise<typeof Jax> {
  const g = globalThis as { Float16Array?: unknown };
  g.Float16Array ??= class Float16Array extends Float32Array {};
  const jax = await import("@jax-js/jax");
  const devices = await jax.init("wasm");
  if (!devices.includes("wasm")) throw new Error(`jax-js wasm device unavailable (got ${devices.join(", ")})`);
  jax.defaultDevice("wasm");
  return jax;
}

/** The contender: `grad(f)`, or `jit(grad(f))` when `jitted`. */
export function jaxContender(jitted: boolean): ContenderModule {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const wrap = (jax: typeof Jax, g: any): any => (jitted ? jax.jit(g) : g);
  const release = (f: unknown) => () => (f as { dispose?: () => void }).dispose?.();
  return {
    W1: async (): Promise<Impl<[number, number]>> => {
      const jax = await load();
      const np = jax.numpy;
      const f = (x: A): A => {
        const x0 = x.ref.slice(0), x1 = x.slice(1);
        return np.sin(x0.ref).mul(x0.add(x1));
      };
      const g = wrap(jax, jax.grad(f));
      return { tolerance: JAX_TOL, run: (p) => g(np.array(Float64Array.of(p[0], p[1]))).dataSync(), dispose: release(g) };
    },
    W2: async (): Promise<Impl<Float64Array>> => {
      const jax = await load();
      const np = jax.numpy;
      const f = (x: A): A => {
        const xy = x.reshape([N2 / 2, 2]);
        const a = xy.ref.slice([], 0), b = xy.slice([], 1);
        const t = b.sub(np.square(a.ref));
        const u = np.subtract(1, a);
        return np.sum(np.square(t).mul(100).add(np.square(u)));
      };
      const g = wrap(jax, jax.grad(f));
      return { tolerance: JAX_TOL, run: (x) => g(np.array(x)).dataSync(), dispose: release(g) };
    },
    W3: async (): Promise<Impl<Float64Array>> => {
      const jax = await load();
      const np = jax.numpy;
      type P = { w1: A; b1: A; w2: A; b2: A };
      const xs = np.array(X).reshape([SAMPLES, IN]);
      const ys = np.array(Y).reshape([SAMPLES, 1]);
      const loss = (p: P, x: A, y: A): A => {
        const h = np.tanh(np.add(np.matmul(x, p.w1), p.b1));
        const o = np.add(np.matmul(h, p.w2), p.b2);
        return np.mean(np.square(np.subtract(o, y)));
      };
      const g = wrap(jax, jax.grad(loss, { argnums: 0 }));
      return {
        tolerance: JAX_TOL,
        run: (p) => {
          const gp: P = g(
            {
              w1: np.array(p.subarray(0, B1)).reshape([IN, HID]),
              b1: np.array(p.subarray(B1, W2O)),
              w2: np.array(p.subarray(W2O, B2)).reshape([HID, 1]),
              b2: np.array(p.subarray(B2, NPARAM)),
            },
            xs.ref,
            ys.ref,
          );
          const out = new Float64Array(NPARAM);
          out.set(gp.w1.dataSync() as Float64Array, 0);
          out.set(gp.b1.dataSync() as Float64Array, B1);
          out.set(gp.w2.dataSync() as Float64Array, W2O);
          out.set(gp.b2.dataSync() as Float64Array, B2);
          return out;
        },
        dispose: () => {
          release(g)();
          xs.dispose();
          ys.dispose();
        },
      };
    },
    W4: async (): Promise<Impl<number>> => {
      const jax = await load();
      const np = jax.numpy;
      const g = wrap(jax, jax.grad((x: A): A => np.square(np.exp(np.square(x)))));
      return { tolerance: JAX_TOL, run: (x) => g(np.array(x, { dtype: np.float64 })).dataSync()[0], dispose: release(g) };
    },
  };
}
