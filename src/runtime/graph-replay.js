/**
 * Replaying a traced graph on new inputs. The Wengert list is compiled once into a flat program
 * over typed arrays, run by one loop forwards (values, guards) and one backwards (adjoints).
 * It computes what the tape computes, operation by operation in the same order with the same
 * partials, so replayed values and gradients are the tape's to the bit. Inputs that are
 * themselves active values (a graph replayed inside another transform) go through
 * `replayValues`/`replayAdjoints`, which apply the rules' AD-aware functions instead.
 */
import { numberOf } from "./active.js";
import { gadd, gmul, partialsOf } from "./lift.js";
/** The value of decision `d` on numbers. */
export function decide(d, a, b) {
    switch (d) {
        case "lt": return a < b;
        case "le": return a <= b;
        case "gt": return a > b;
        case "ge": return a >= b;
        case "eq": return a === b;
        case "ne": return a !== b;
        case "key": return String(a) === String(b);
    }
}
// Instruction codes of the compiled program.
const ADD = 0, SUB = 1, MUL = 2, DIV = 3, NEG = 4, SQUARE = 5, CALL1 = 6, CALL2 = 7, CALLN = 8, GUARD = 9;
const INLINE = { add: ADD, sub: SUB, mul: MUL, div: DIV, neg: NEG, square: SQUARE };
/**
 * Compiles the graph into a flat program over typed arrays: one instruction per operation (code,
 * output node, operand nodes), with the guards interleaved where their operands are ready.
 * Constants stay in the value array, written once; inputs are copied in by a list.
 */
export function compileReplay(g) {
    const code = [], out = [], ia = [], ib = [], fn = [];
    const rules = [];
    const guardNodes = (k) => {
        for (; guard < g.guards.length && g.guards[guard].after <= k; guard++) {
            code.push(GUARD), out.push(guard), ia.push(-1), ib.push(-1), fn.push(-1);
        }
    };
    let guard = 0;
    for (let k = 0; k < g.ops.length; k++) {
        guardNodes(k);
        const rule = g.rules[k];
        if (rule === null)
            continue;
        const ins = g.inputsOf[k];
        const inline = INLINE[rule.name];
        const c = inline !== undefined && !("partials" in rule) && ins.length === (inline === NEG || inline === SQUARE ? 1 : 2)
            ? inline
            : "partials" in rule ? CALLN : rule.arity === 1 ? CALL1 : CALL2;
        code.push(c), out.push(k), ia.push(ins[0] ?? -1), ib.push(ins[1] ?? -1), fn.push(rules.push(rule) - 1);
    }
    guardNodes(g.ops.length);
    const CODE = Uint8Array.from(code), OUT = Int32Array.from(out), IA = Int32Array.from(ia), IB = Int32Array.from(ib), FN = Int32Array.from(fn);
    const NUM = rules.map((r) => r.num);
    const D1 = rules.map((r) => r.d);
    const DX = rules.map((r) => r.dx);
    const DY = rules.map((r) => r.dy);
    const inputs = Int32Array.from(g.inputNodes), m = CODE.length, output = g.output;
    const isConst = Uint8Array.from(g.ops, (op, k) => (g.rules[k] === null && op !== "inp" ? 1 : 0));
    const guards = g.guards;
    // The last instruction whose output the sweep needs (nodes after the output are not swept).
    let last = m - 1;
    while (last >= 0 && (CODE[last] === GUARD || OUT[last] > output))
        last--;
    if (g.rules[output] === null)
        last = -1; // an input or a constant: nothing to sweep, as on the tape
    return {
        forward(x, v) {
            for (let j = 0; j < inputs.length; j++)
                v[inputs[j]] = x[j];
            for (let p = 0; p < m; p++) {
                const k = OUT[p];
                switch (CODE[p]) {
                    case ADD:
                        v[k] = v[IA[p]] + v[IB[p]];
                        break;
                    case SUB:
                        v[k] = v[IA[p]] - v[IB[p]];
                        break;
                    case MUL:
                        v[k] = v[IA[p]] * v[IB[p]];
                        break;
                    case DIV:
                        v[k] = v[IA[p]] / v[IB[p]];
                        break;
                    case NEG:
                        v[k] = -v[IA[p]];
                        break;
                    case SQUARE: {
                        const a = v[IA[p]];
                        v[k] = a * a;
                        break;
                    }
                    case CALL1:
                        v[k] = NUM[FN[p]](v[IA[p]]);
                        break;
                    case CALL2:
                        v[k] = NUM[FN[p]](v[IA[p]], v[IB[p]]);
                        break;
                    case CALLN:
                        v[k] = callN(NUM[FN[p]], g.inputsOf[k], v);
                        break;
                    case GUARD: if (!holds(guards[k], v))
                        return k;
                }
            }
            return -1;
        },
        backward(v, adj) {
            // Zeroed first and accumulated with += in the tape's order, so the sums are the tape's bit for bit.
            adj.fill(0);
            adj[output] = 1;
            for (let p = last; p >= 0; p--) {
                const k = OUT[p], ak = adj[k], a = IA[p], b = IB[p];
                // A constant's adjoint is never read, so the arithmetic cases add to it unconditionally.
                switch (CODE[p]) {
                    case ADD:
                        adj[a] += 1 * ak;
                        adj[b] += 1 * ak;
                        break;
                    case SUB:
                        adj[a] += 1 * ak;
                        adj[b] += -1 * ak;
                        break;
                    case MUL:
                        adj[a] += v[b] * ak;
                        adj[b] += v[a] * ak;
                        break;
                    case DIV:
                        adj[a] += (1 / v[b]) * ak;
                        adj[b] += -(v[k] / v[b]) * ak;
                        break;
                    case NEG:
                        adj[a] += -1 * ak;
                        break;
                    case SQUARE:
                        adj[a] += 2 * v[a] * ak;
                        break;
                    case CALL1:
                        adj[a] += D1[FN[p]](v[a], v[k]) * ak;
                        break;
                    case CALL2:
                        if (!isConst[a])
                            adj[a] += DX[FN[p]](v[a], v[b], v[k]) * ak;
                        if (!isConst[b])
                            adj[b] += DY[FN[p]](v[a], v[b], v[k]) * ak;
                        break;
                    case CALLN: sweepN(rules[FN[p]], g.inputsOf[k], k, v, adj, isConst);
                }
            }
        },
    };
}
const at = (o, v) => ("node" in o ? v[o.node] : o.constant);
/** True when guard `gd` comes out at values `v` as it did when traced. */
const holds = (gd, v) => decide(gd.decision, at(gd.a, v), at(gd.b, v)) === gd.outcome;
/** The value of a node with more than two operands (kept out of the main loop). */
const callN = (num, ins, v) => num(...ins.map((i) => v[i]));
/** The adjoint contributions of a node with any number of operands. */
function sweepN(rule, ins, k, v, adj, isConst) {
    const ps = rule.partials(ins.map((i) => v[i]), v[k]);
    const ak = adj[k];
    ins.forEach((i, e) => {
        if (!isConst[i])
            adj[i] += ps[e] * ak;
    });
}
/**
 * The values of every node at input leaves `leaves` (numbers or active values of enclosing
 * transforms, on which the rules' AD-aware functions work). On a guard that comes out
 * differently, returns `onGuard(index)`.
 */
export function replayValues(g, leaves, onGuard) {
    const values = new Array(g.ops.length);
    let input = 0, guard = 0;
    const at = (o) => ("node" in o ? numberOf(values[o.node]) : o.constant);
    for (let k = 0; k <= g.ops.length; k++) {
        for (; guard < g.guards.length && g.guards[guard].after <= k; guard++) {
            const gd = g.guards[guard];
            if (decide(gd.decision, at(gd.a), at(gd.b)) !== gd.outcome)
                return onGuard(guard);
        }
        if (k === g.ops.length)
            break;
        const rule = g.rules[k];
        if (g.ops[k] === "inp")
            values[k] = leaves[input++];
        else if (rule === null)
            values[k] = g.traced[k];
        else
            values[k] = rule.fn(...g.inputsOf[k].map((i) => values[i]));
    }
    return values;
}
/** The adjoints of every node (by the tape's order of accumulation) given the node values. */
export function replayAdjoints(g, values) {
    const adj = new Array(g.ops.length).fill(0);
    adj[g.output] = 1;
    for (let k = g.output; k >= 0; k--) {
        const rule = g.rules[k];
        if (rule === null)
            continue;
        const ins = g.inputsOf[k];
        const ps = partialsOf(rule, ins.map((i) => values[i]), values[k]);
        ins.forEach((i, e) => {
            if (g.rules[i] !== null || g.ops[i] === "inp")
                adj[i] = gadd(adj[i], gmul(ps[e], adj[k]));
        });
    }
    return adj;
}
