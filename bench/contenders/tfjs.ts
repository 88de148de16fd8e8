/**
 * TensorFlow.js 4.22 with its pure-JavaScript CPU backend (tfjs-node needs a prebuilt native
 * binary, which cannot be downloaded here). Scalar-op style for W1 and W4 (one tensor op per
 * scalar operation, as a user porting scalar code would write it), tensor style for W2 and W3.
 * Every call converts the plain-JS input to tensors and reads the gradient back with
 * `dataSync()`, inside `tf.tidy` so no tensor leaks. tfjs computes in float32.
 */
import * as tf from "@tensorflow/tfjs";
import { F32_TOL, type ContenderModule, type Impl } from "../core/types.js";
import { N2 } from "../workloads/w2.js";
import { B1, B2, HID, IN, NPARAM, SAMPLES, W2O, X, Y } from "../workloads/w3.js";

async function ready(): Promise<void> {
  await tf.setBackend("cpu");
  await tf.ready();
  if (tf.getBackend() !== "cpu") throw new Error(`tfjs backend is ${tf.getBackend()}, expected cpu`);
}

const f32 = (a: ArrayLike<number>): Float32Array => Float32Array.from(a);

const m: ContenderModule = {
  W1: async (): Promise<Impl<[number, number]>> => {
    await ready();
    const g = tf.grads((a: tf.Tensor, b: tf.Tensor) => tf.mul(tf.sin(a), tf.add(a, b)));
    return {
      tolerance: F32_TOL,
      run: (p) =>
        tf.tidy(() => {
          const [g0, g1] = g([tf.scalar(p[0]), tf.scalar(p[1])]);
          return [g0.dataSync()[0], g1.dataSync()[0]];
        }) as number[],
    };
  },
  W2: async (): Promise<Impl<Float64Array>> => {
    await ready();
    const g = tf.grad((x: tf.Tensor) => {
      const xy = x.reshape([N2 / 2, 2]);
      const a = xy.slice([0, 0], [-1, 1]);
      const b = xy.slice([0, 1], [-1, 1]);
      const t = tf.sub(b, tf.square(a));
      const u = tf.sub(1, a);
      return tf.sum(tf.add(tf.mul(100, tf.square(t)), tf.square(u)));
    });
    return { tolerance: F32_TOL, run: (x) => tf.tidy(() => g(tf.tensor1d(f32(x))).dataSync()) as Float32Array };
  },
  W3: async (): Promise<Impl<Float64Array>> => {
    await ready();
    const xs = tf.tensor2d(f32(X), [SAMPLES, IN]);
    const ys = tf.tensor2d(f32(Y), [SAMPLES, 1]);
    const g = tf.grads((w1: tf.Tensor, b1: tf.Tensor, w2: tf.Tensor, b2: tf.Tensor) => {
      const h = tf.tanh(tf.add(tf.matMul(xs, w1 as tf.Tensor2D), b1));
      const o = tf.add(tf.matMul(h, w2 as tf.Tensor2D), b2);
      return tf.mean(tf.square(tf.sub(o, ys)));
    });
    return {
      tolerance: F32_TOL,
      run: (p) => {
        const out = new Float64Array(NPARAM);
        tf.tidy(() => {
          const gs = g([
            tf.tensor2d(f32(p.subarray(0, B1)), [IN, HID]),
            tf.tensor1d(f32(p.subarray(B1, W2O))),
            tf.tensor2d(f32(p.subarray(W2O, B2)), [HID, 1]),
            tf.tensor1d(f32(p.subarray(B2, NPARAM))),
          ]);
          out.set(gs[0].dataSync(), 0);
          out.set(gs[1].dataSync(), B1);
          out.set(gs[2].dataSync(), W2O);
          out.set(gs[3].dataSync(), B2);
        });
        return out;
      },
      dispose: () => tf.dispose([xs, ys]),
    };
  },
  W4: async (): Promise<Impl<number>> => {
    await ready();
    const g = tf.grad((x: tf.Tensor) => tf.square(tf.exp(tf.square(x))));
    return { tolerance: F32_TOL, run: (x) => tf.tidy(() => g(tf.scalar(x)).dataSync()[0]) as unknown as number };
  },
};
export default m;
