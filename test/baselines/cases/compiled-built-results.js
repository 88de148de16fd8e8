// @explain: true
// Vector results built at run time, as users write them: a local array filled in a loop, a
// `map`, `[]` and `push`, a `Float64Array`. Their length is known only when the function runs:
// forward code returns the array and its tangent array; reverse code seeds the array's adjoint
// array from the cotangent (the runtime checks its length) and returns a copy of the values.
import { jacfwd, jacobian, jacrev, vjp } from "typegrad";
import * as __typegrad from "typegrad";
const vectorForward_1 = (x_1, x_t_1) => {
    let v_1 = 0, v_t_1 = 0, v_2 = 0, v_t_2 = 0;
    let out_1, out_t_1;
    out_1 = new Array(x_1.length);
    out_t_1 = new Array(x_1.length).fill(0);
    for (let i_1 = 0; i_1 < x_1.length; i_1++) {
        v_1 = Math.sin(x_1[i_1]);
        v_t_1 = Math.cos(x_1[i_1]) * x_t_1[i_1];
        v_2 = v_1 * x_1[(i_1 + 1) % x_1.length];
        v_t_2 = x_1[(i_1 + 1) % x_1.length] * v_t_1 + v_1 * x_t_1[(i_1 + 1) % x_1.length];
        out_1[i_1] = v_2;
        out_t_1[i_1] = v_t_2;
    }
    return __typegrad.forwardVector(out_1, out_t_1);
};
const vectorReverse_1 = (cotangent_1, x_2) => {
    const stack_1 = __typegrad.valueStack();
    let stored_1 = stack_1.data, top_1 = 0;
    let v_3 = 0, c_1 = 0, v_4 = 0, at_1 = 0, taken_1 = 0, c_a_1 = 0, mapped_1, mapped_a_1;
    mapped_1 = new Array(x_2.length);
    mapped_a_1 = new Array(x_2.length).fill(0);
    for (let i_2 = 0; i_2 < x_2.length; i_2++) {
        at_1 = i_2 - 1;
        v_3 = x_2[i_2] * x_2[i_2];
        if (top_1 === stored_1.length)
            stored_1 = stack_1.grow();
        stored_1[top_1++] = taken_1;
        taken_1 = i_2 > 0 ? 1 : 0;
        if (taken_1 === 1) {
            c_1 = x_2[at_1];
        }
        else {
            c_1 = 0;
        }
        v_4 = v_3 + c_1;
        mapped_1[i_2] = v_4;
    }
    const value_1 = mapped_1.slice();
    if (cotangent_1 === void 0)
        return value_1;
    if (typeof cotangent_1 === "number") {
        const rows_1 = [], topEnd_1 = top_1, taken_end_1 = taken_1;
        for (let row_1 = 0; row_1 < value_1.length; row_1++) {
            c_a_1 = 0;
            top_1 = topEnd_1;
            taken_1 = taken_end_1;
            mapped_a_1?.fill(0);
            mapped_a_1[row_1] = 1;
            const x_g_1 = new Array(x_2.length).fill(0);
            for (let k_1 = (Math.max(0, Math.ceil(x_2.length)) | 0) - 1; k_1 >= 0; k_1--) {
                const i_2 = k_1;
                at_1 = i_2 - 1;
                let v_a_1 = 0, v_a_2 = 0;
                v_a_2 = mapped_a_1[i_2];
                mapped_a_1[i_2] = 0;
                v_a_1 = v_a_2;
                c_a_1 += v_a_2;
                if (taken_1 === 1) {
                    x_g_1[at_1] += c_a_1;
                    c_a_1 = 0;
                }
                else {
                    c_a_1 = 0;
                }
                taken_1 = stored_1[--top_1];
                x_g_1[i_2] += x_2[i_2] * v_a_1;
                x_g_1[i_2] += x_2[i_2] * v_a_1;
            }
            rows_1.push([x_g_1]);
        }
        return rows_1;
    }
    const x_g_1 = new Array(x_2.length).fill(0);
    for (let k_2 = 0; k_2 < mapped_a_1.length; k_2++) {
        mapped_a_1[k_2] += cotangent_1[k_2];
    }
    for (let k_1 = (Math.max(0, Math.ceil(x_2.length)) | 0) - 1; k_1 >= 0; k_1--) {
        const i_2 = k_1;
        at_1 = i_2 - 1;
        let v_a_1 = 0, v_a_2 = 0;
        v_a_2 = mapped_a_1[i_2];
        mapped_a_1[i_2] = 0;
        v_a_1 = v_a_2;
        c_a_1 += v_a_2;
        if (taken_1 === 1) {
            x_g_1[at_1] += c_a_1;
            c_a_1 = 0;
        }
        else {
            c_a_1 = 0;
        }
        taken_1 = stored_1[--top_1];
        x_g_1[i_2] += x_2[i_2] * v_a_1;
        x_g_1[i_2] += x_2[i_2] * v_a_1;
    }
    return __typegrad.reverseVector(value_1, [x_g_1]);
};
const vectorReverse_2 = (cotangent_2, x_3) => {
    if (typeof cotangent_2 === "number")
        return void 0;
    const stack_2 = __typegrad.valueStack();
    let stored_2 = stack_2.data, top_2 = 0;
    const x_g_2 = new Array(x_3.length).fill(0);
    let v_5 = 0, y_1, y_a_1;
    y_1 = [];
    y_a_1 = [];
    for (let i_3 = 0; i_3 < x_3.length; i_3++) {
        if (top_2 === stored_2.length)
            stored_2 = stack_2.grow();
        stored_2[top_2++] = v_5;
        v_5 = Math.exp(x_3[i_3]);
        y_1.push(v_5);
        y_a_1.push(0);
    }
    const value_2 = y_1.slice();
    if (cotangent_2 === void 0)
        return value_2;
    for (let k_3 = 0; k_3 < y_a_1.length; k_3++) {
        y_a_1[k_3] += cotangent_2[k_3];
    }
    for (let k_4 = (Math.max(0, Math.ceil(x_3.length)) | 0) - 1; k_4 >= 0; k_4--) {
        const i_3 = k_4;
        let v_a_3 = 0;
        y_1.pop();
        v_a_3 = y_a_1.pop();
        x_g_2[i_3] += v_5 * v_a_3;
        v_5 = stored_2[--top_2];
    }
    return __typegrad.reverseVector(value_2, [x_g_2]);
};
const vectorForward_2 = (x_4, x_t_2) => {
    let v_6 = 0, v_t_3 = 0, v_7 = 0, v_t_4 = 0;
    let r_1, r_t_1;
    r_1 = new Float64Array(x_4.length - 1);
    r_t_1 = new Float64Array(x_4.length - 1);
    for (let i_4 = 0; i_4 < (x_4.length - 1); i_4++) {
        v_6 = x_4[i_4] * x_4[i_4];
        v_t_3 = x_4[i_4] * x_t_2[i_4] + x_4[i_4] * x_t_2[i_4];
        v_7 = x_4[i_4 + 1] - v_6;
        v_t_4 = x_t_2[i_4 + 1] + -v_t_3;
        r_1[i_4] = v_7;
        r_t_1[i_4] = v_t_4;
    }
    return __typegrad.forwardVector(r_1, r_t_1);
};
const vectorReverse_3 = (cotangent_3, x_5) => {
    const stack_3 = __typegrad.valueStack();
    let stored_3 = stack_3.data, top_3 = 0;
    let v_8 = 0, v_9 = 0, at_2 = 0, r_2, r_a_1;
    r_2 = new Float64Array(x_5.length - 1);
    r_a_1 = new Float64Array(x_5.length - 1);
    for (let i_5 = 0; i_5 < (x_5.length - 1); i_5++) {
        at_2 = i_5 + 1;
        v_8 = x_5[i_5] * x_5[i_5];
        while (top_3 + 2 > stored_3.length)
            stored_3 = stack_3.grow();
        stored_3[top_3++] = x_5[i_5];
        stored_3[top_3++] = x_5[i_5];
        v_9 = x_5[at_2] - v_8;
        r_2[i_5] = v_9;
    }
    let finite_1 = 1;
    for (let q_1 = 0; q_1 < top_3; q_1++) {
        const d_1 = stored_3[q_1];
        if (d_1 - d_1 !== 0) {
            finite_1 = 0;
            break;
        }
    }
    const value_3 = r_2.slice();
    if (cotangent_3 === void 0)
        return value_3;
    if (typeof cotangent_3 === "number") {
        const rows_2 = [], topEnd_2 = top_3;
        for (let row_2 = 0; row_2 < value_3.length; row_2++) {
            top_3 = topEnd_2;
            r_a_1?.fill(0);
            r_a_1[row_2] = 1;
            const x_g_3 = new Float64Array(x_5.length);
            for (let k_5 = (Math.max(0, Math.ceil(x_5.length - 1)) | 0) - 1; k_5 >= 0; k_5--) {
                const i_5 = k_5;
                if (finite_1 === 1 && r_a_1[i_5] === 0) {
                    top_3 -= 2;
                }
                else {
                    at_2 = i_5 + 1;
                    let v_a_4 = 0, v_a_5 = 0;
                    v_a_5 = r_a_1[i_5];
                    r_a_1[i_5] = 0;
                    x_g_3[at_2] += v_a_5;
                    v_a_4 = -v_a_5;
                    const v_p_1 = stored_3[--top_3];
                    const v_p_2 = stored_3[--top_3];
                    x_g_3[i_5] += v_p_2 * v_a_4;
                    x_g_3[i_5] += v_p_1 * v_a_4;
                }
            }
            rows_2.push([x_g_3]);
        }
        return rows_2;
    }
    const x_g_3 = new Float64Array(x_5.length);
    for (let k_6 = 0; k_6 < r_a_1.length; k_6++) {
        r_a_1[k_6] += cotangent_3[k_6];
    }
    for (let k_5 = (Math.max(0, Math.ceil(x_5.length - 1)) | 0) - 1; k_5 >= 0; k_5--) {
        const i_5 = k_5;
        if (finite_1 === 1 && r_a_1[i_5] === 0) {
            top_3 -= 2;
        }
        else {
            at_2 = i_5 + 1;
            let v_a_4 = 0, v_a_5 = 0;
            v_a_5 = r_a_1[i_5];
            r_a_1[i_5] = 0;
            x_g_3[at_2] += v_a_5;
            v_a_4 = -v_a_5;
            const v_p_1 = stored_3[--top_3];
            const v_p_2 = stored_3[--top_3];
            x_g_3[i_5] += v_p_2 * v_a_4;
            x_g_3[i_5] += v_p_1 * v_a_4;
        }
    }
    return __typegrad.reverseVector(value_3, [x_g_3]);
};
const vectorForward_3 = (x_6, x_t_3) => {
    let v_10 = 0, v_t_5 = 0, v_11 = 0, v_t_6 = 0, v_12 = 0, v_t_7 = 0, v_13 = 0, v_t_8 = 0;
    let out_2, out_t_2;
    out_2 = [];
    out_t_2 = [];
    for (let i_6 = 0; i_6 < x_6.length; i_6++) {
        v_10 = Math.sin(x_6[i_6]);
        v_t_5 = Math.cos(x_6[i_6]) * x_t_3[i_6];
        v_11 = v_10 * x_6[(i_6 + 1) % x_6.length];
        v_t_6 = x_6[(i_6 + 1) % x_6.length] * v_t_5 + v_10 * x_t_3[(i_6 + 1) % x_6.length];
        v_12 = i_6 * x_6[i_6];
        v_t_7 = i_6 * x_t_3[i_6];
        v_13 = v_11 + v_12;
        v_t_8 = v_t_6 + v_t_7;
        out_2.push(v_13);
        out_t_2.push(v_t_8);
    }
    return __typegrad.forwardVector(out_2, out_t_2);
};
export const ring = (x) => {
    const n = x.length;
    const out = new Array(n);
    for (let i = 0; i < n; i++)
        out[i] = Math.sin(x[i]) * x[(i + 1) % n];
    return out;
};
export const ring$ad = (x) => {
    const n = x.length;
    const out = new Array(n);
    for (let i = 0; i < n; i++)
        out[i] = __typegrad.mul(__typegrad.sin(x[i]), x[(i + 1) % n]);
    return out;
};
__typegrad.attach(ring, ring$ad);
export const lagged = (x) => x.map((v, i) => v * v + (i > 0 ? x[i - 1] : 0));
export const lagged$ad = (x) => x.map((v, i) => __typegrad.add(__typegrad.mul(v, v), (i > 0 ? x[i - 1] : 0)));
__typegrad.attach(lagged, lagged$ad);
export const exps = (x) => {
    const y = [];
    for (const v of x)
        y.push(Math.exp(v));
    return y;
};
export const exps$ad = (x) => {
    const y = [];
    for (const v of x)
        y.push(__typegrad.mathExp(v));
    return y;
};
__typegrad.attach(exps, exps$ad);
export const entryRing = (x) => {
    const out = [];
    for (const [i, v] of x.entries())
        out.push(Math.sin(v) * x[(i + 1) % x.length] + i * v);
    return out;
};
export const entryRing$ad = (x) => {
    const out = [];
    for (const [i, v] of x.entries())
        out.push(__typegrad.add(__typegrad.mul(__typegrad.sin(v), x[(i + 1) % x.length]), __typegrad.mul(i, v)));
    return out;
};
__typegrad.attach(entryRing, entryRing$ad);
export const steps = (x) => {
    const r = new Float64Array(x.length - 1);
    for (let i = 0; i + 1 < x.length; i++)
        r[i] = x[i + 1] - x[i] * x[i];
    return r;
};
export const steps$ad = (x) => {
    const r = __typegrad.typedLocal(x.length - 1);
    for (let i = 0; i + 1 < x.length; i++)
        r[i] = __typegrad.sub(x[i + 1], __typegrad.mul(x[i], x[i]));
    return r;
};
__typegrad.attach(steps, steps$ad);
export const jf = jacfwd(__typegrad.withVector(ring$ad, vectorForward_1, void 0, "a", -2));
export const jr = jacrev(__typegrad.withVector(lagged$ad, void 0, vectorReverse_1, "a", -2));
export const pullback = (x, c) => vjp(__typegrad.withVector(exps$ad, void 0, vectorReverse_2, "a", -2), x)[1](c);
export const jk = jacobian(__typegrad.withVector(steps$ad, vectorForward_2, vectorReverse_3, "a", -2));
export const je = jacfwd(__typegrad.withVector(entryRing$ad, vectorForward_3, void 0, "a", -2));
