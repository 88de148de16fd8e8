/**
 * What typegrad keeps between transforms. Reverse mode reuses its buffers — tape storage, the
 * adjoint buffer of the sweep, compiled code's value stacks — so repeated gradients allocate
 * nothing large; but a buffer grown for one huge gradient must not stay for the life of the
 * process. When a transform returns, buffers are kept only while their total stays within
 * `retention.limit` (64 MB); larger ones are dropped for the garbage collector.
 *
 * Allocation goes through `retention.allocate`, so a test can make it fail (an out-of-memory
 * RangeError) at a chosen size.
 */

type TypedArrayConstructor = Int32ArrayConstructor | Float64ArrayConstructor;

/** @internal The policy, and how large buffers are allocated (both replaceable by tests). */
export const retention = {
  /** Bytes of buffers kept for reuse after a transform returns. */
  limit: 64 * 2 ** 20,
  /** Allocates a typed array (a test may replace it to fail at a chosen size). */
  allocate<C extends TypedArrayConstructor>(Typed: C, length: number): InstanceType<C> {
    return new Typed(length) as InstanceType<C>;
  },
};

/**
 * @internal Bytes kept for reuse by each owner of buffers: the tape side (pooled storage and the
 * adjoint buffer) and the compiled value stacks. Each owner updates its own figure and keeps a
 * buffer only while the sum stays within the limit.
 */
export const kept = { tapes: 0, stacks: 0 };
