/**
 * A micrograd-style scalar engine, written for this benchmark in the manner of Karpathy's
 * micrograd `engine.py`: one `Value` class, every operator builds its output together with a
 * `_backward` closure that *adds* (`+=`) its contribution into its operands' `grad`, and
 * `backward()` topologically sorts the graph and runs the closures in reverse order.
 *
 * Two deliberate differences from the Python original, both for running it at all:
 * - the topological sort is an iterative post-order DFS with an explicit stack: the recursive
 *   one overflows V8's stack on W2's 40,000-node chain (Python raises the recursion limit);
 * - it has `sin`, `exp` and `tanh` (the original has `relu`; its lecture version adds `tanh`
 *   and `exp`), each written the same way, because the workloads need them.
 * A constant operand is wrapped in a fresh `Value`, as micrograd does.
 * @example
 * const x = new Value(0.5);
 * const y = x.square().exp().square();
 * y.backward(); // x.grad === 3.297442541400256
 */
export class Value {
  grad = 0;
  _backward: () => void = noop;

  constructor(
    public data: number,
    readonly _prev: readonly Value[] = [],
    readonly _op = "",
  ) {}

  add(o: Value | number): Value {
    const other = o instanceof Value ? o : new Value(o);
    const out = new Value(this.data + other.data, [this, other], "+");
    out._backward = () => {
      this.grad += out.grad;
      other.grad += out.grad;
    };
    return out;
  }

  mul(o: Value | number): Value {
    const other = o instanceof Value ? o : new Value(o);
    const out = new Value(this.data * other.data, [this, other], "*");
    out._backward = () => {
      this.grad += other.data * out.grad;
      other.grad += this.data * out.grad;
    };
    return out;
  }

  /** `this ** k` for a number exponent, as micrograd's `__pow__`. */
  pow(k: number): Value {
    const out = new Value(this.data ** k, [this], `**${k}`);
    out._backward = () => {
      this.grad += k * this.data ** (k - 1) * out.grad;
    };
    return out;
  }

  square(): Value {
    return this.pow(2);
  }

  neg(): Value {
    return this.mul(-1);
  }

  sub(o: Value | number): Value {
    return this.add(o instanceof Value ? o.neg() : -o);
  }

  /** `c - this`, micrograd's `__rsub__`. */
  rsub(c: number): Value {
    return this.neg().add(c);
  }

  div(o: Value | number): Value {
    return this.mul(o instanceof Value ? o.pow(-1) : 1 / o);
  }

  sin(): Value {
    const out = new Value(Math.sin(this.data), [this], "sin");
    out._backward = () => {
      this.grad += Math.cos(this.data) * out.grad;
    };
    return out;
  }

  exp(): Value {
    const out = new Value(Math.exp(this.data), [this], "exp");
    out._backward = () => {
      this.grad += out.data * out.grad;
    };
    return out;
  }

  tanh(): Value {
    const t = Math.tanh(this.data);
    const out = new Value(t, [this], "tanh");
    out._backward = () => {
      this.grad += (1 - t * t) * out.grad;
    };
    return out;
  }

  backward(): void {
    const topo: Value[] = [];
    const visited = new Set<Value>();
    // Post-order DFS: a node is emitted after all of its children, as build_topo does.
    const stack: Array<[Value, number]> = [[this, 0]];
    visited.add(this);
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      const [v, k] = top;
      if (k < v._prev.length) {
        top[1] = k + 1;
        const child = v._prev[k];
        if (!visited.has(child)) {
          visited.add(child);
          stack.push([child, 0]);
        }
      } else {
        stack.pop();
        topo.push(v);
      }
    }
    this.grad = 1;
    for (let i = topo.length - 1; i >= 0; i--) topo[i]._backward();
  }
}

function noop(): void {}
