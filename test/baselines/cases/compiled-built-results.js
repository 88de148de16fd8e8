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
const vectorJacobian_1 = x_2 => {
    let v_3 = 0, v_4 = 0, v_p_1, v_p_2, v_p_3, out_2, out_t_2;
    const n_1 = x_2.length, v_t_3 = new Array(n_1).fill(0), v_t_4 = new Array(n_1).fill(0);
    out_2 = new Array(x_2.length);
    out_t_2 = new Array(out_2.length);
    for (let i_2 = 0; i_2 < x_2.length; i_2++) {
        v_3 = Math.sin(x_2[i_2]);
        v_p_1 = Math.cos(x_2[i_2]);
        for (let j_1 = 0; j_1 < n_1; j_1++)
            v_t_3[j_1] = 0;
        if (!(v_p_1 - v_p_1 === 0))
            return void 0;
        v_t_3[i_2] += v_p_1;
        v_4 = v_3 * x_2[(i_2 + 1) % x_2.length];
        v_p_2 = x_2[(i_2 + 1) % x_2.length];
        v_p_3 = v_3;
        for (let j_1 = 0; j_1 < n_1; j_1++)
            v_t_4[j_1] = v_p_2 * v_t_3[j_1];
        if (!(v_p_3 - v_p_3 === 0))
            return void 0;
        v_t_4[(i_2 + 1) % x_2.length] += v_p_3;
        out_2[i_2] = v_4;
        const row_1 = new Array(n_1);
        for (let j_1 = 0; j_1 < n_1; j_1++)
            row_1[j_1] = v_t_4[j_1] + 0;
        out_t_2[i_2] = row_1;
    }
    for (let k_1 = 0; k_1 < out_2.length; k_1++)
        if (!(out_2[k_1] >= 0 || out_2[k_1] < 0))
            return void 0;
    return out_t_2;
};
const vectorReverse_1 = (cotangent_1, x_3) => {
    const stack_1 = __typegrad.valueStack();
    let stored_1 = stack_1.data, top_1 = 0;
    let v_5 = 0, c_1 = 0, v_6 = 0, at_1 = 0, taken_1 = 0, c_a_1 = 0, mapped_1, mapped_a_1;
    mapped_1 = new Array(x_3.length);
    mapped_a_1 = new Array(x_3.length).fill(0);
    for (let i_3 = 0; i_3 < x_3.length; i_3++) {
        at_1 = i_3 - 1;
        v_5 = x_3[i_3] * x_3[i_3];
        if (top_1 === stored_1.length)
            stored_1 = stack_1.grow();
        stored_1[top_1++] = taken_1;
        taken_1 = i_3 > 0 ? 1 : 0;
        if (taken_1 === 1) {
            c_1 = x_3[at_1];
        }
        else {
            c_1 = 0;
        }
        v_6 = v_5 + c_1;
        mapped_1[i_3] = v_6;
    }
    const value_1 = mapped_1.slice();
    if (cotangent_1 === void 0)
        return value_1;
    if (typeof cotangent_1 === "number") {
        const rows_1 = [], topEnd_1 = top_1, taken_end_1 = taken_1;
        for (let row_2 = 0; row_2 < value_1.length; row_2++) {
            c_a_1 = 0;
            top_1 = topEnd_1;
            taken_1 = taken_end_1;
            mapped_a_1?.fill(0);
            mapped_a_1[row_2] = 1;
            const x_g_1 = new Array(x_3.length).fill(0);
            for (let k_2 = (Math.max(0, Math.ceil(x_3.length)) | 0) - 1; k_2 >= 0; k_2--) {
                const i_3 = k_2;
                at_1 = i_3 - 1;
                let v_a_1 = 0, v_a_2 = 0;
                v_a_2 = mapped_a_1[i_3];
                mapped_a_1[i_3] = 0;
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
                x_g_1[i_3] += x_3[i_3] * v_a_1;
                x_g_1[i_3] += x_3[i_3] * v_a_1;
            }
            rows_1.push([x_g_1]);
        }
        return rows_1;
    }
    const x_g_1 = new Array(x_3.length).fill(0);
    for (let k_3 = 0; k_3 < mapped_a_1.length; k_3++) {
        mapped_a_1[k_3] += cotangent_1[k_3];
    }
    for (let k_2 = (Math.max(0, Math.ceil(x_3.length)) | 0) - 1; k_2 >= 0; k_2--) {
        const i_3 = k_2;
        at_1 = i_3 - 1;
        let v_a_1 = 0, v_a_2 = 0;
        v_a_2 = mapped_a_1[i_3];
        mapped_a_1[i_3] = 0;
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
        x_g_1[i_3] += x_3[i_3] * v_a_1;
        x_g_1[i_3] += x_3[i_3] * v_a_1;
    }
    return __typegrad.reverseVector(value_1, [x_g_1]);
};
const vectorReverse_2 = (cotangent_2, x_4) => {
    const stack_2 = __typegrad.valueStack();
    let stored_2 = stack_2.data, top_2 = 0;
    let v_7 = 0, y_1, y_a_1;
    y_1 = [];
    y_a_1 = [];
    for (let i_4 = 0; i_4 < x_4.length; i_4++) {
        if (top_2 === stored_2.length)
            stored_2 = stack_2.grow();
        stored_2[top_2++] = v_7;
        v_7 = Math.exp(x_4[i_4]);
        y_1.push(v_7);
        y_a_1.push(0);
    }
    const value_2 = y_1.slice();
    if (cotangent_2 === void 0)
        return value_2;
    if (typeof cotangent_2 === "number") {
        const rows_2 = [], topEnd_2 = top_2, v_end_1 = v_7, y_end_1 = y_1.slice(), y_a_end_1 = y_a_1.slice();
        for (let row_3 = 0; row_3 < value_2.length; row_3++) {
            top_2 = topEnd_2;
            v_7 = v_end_1;
            y_1 = y_end_1.slice();
            y_a_1 = y_a_end_1.slice();
            y_a_1[row_3] = 1;
            const x_g_2 = new Array(x_4.length).fill(0);
            for (let k_4 = (Math.max(0, Math.ceil(x_4.length)) | 0) - 1; k_4 >= 0; k_4--) {
                const i_4 = k_4;
                let v_a_3 = 0;
                y_1.pop();
                v_a_3 = y_a_1.pop();
                x_g_2[i_4] += v_7 * v_a_3;
                v_7 = stored_2[--top_2];
            }
            rows_2.push([x_g_2]);
        }
        return rows_2;
    }
    const x_g_2 = new Array(x_4.length).fill(0);
    for (let k_5 = 0; k_5 < y_a_1.length; k_5++) {
        y_a_1[k_5] += cotangent_2[k_5];
    }
    for (let k_4 = (Math.max(0, Math.ceil(x_4.length)) | 0) - 1; k_4 >= 0; k_4--) {
        const i_4 = k_4;
        let v_a_3 = 0;
        y_1.pop();
        v_a_3 = y_a_1.pop();
        x_g_2[i_4] += v_7 * v_a_3;
        v_7 = stored_2[--top_2];
    }
    return __typegrad.reverseVector(value_2, [x_g_2]);
};
const vectorForward_2 = (x_5, x_t_2) => {
    let v_8 = 0, v_t_5 = 0, v_9 = 0, v_t_6 = 0;
    let r_1, r_t_1;
    r_1 = new Float64Array(x_5.length - 1);
    r_t_1 = new Float64Array(x_5.length - 1);
    for (let i_5 = 0; i_5 < (x_5.length - 1); i_5++) {
        v_8 = x_5[i_5] * x_5[i_5];
        v_t_5 = x_5[i_5] * x_t_2[i_5] + x_5[i_5] * x_t_2[i_5];
        v_9 = x_5[i_5 + 1] - v_8;
        v_t_6 = x_t_2[i_5 + 1] + -v_t_5;
        r_1[i_5] = v_9;
        r_t_1[i_5] = v_t_6;
    }
    return __typegrad.forwardVector(r_1, r_t_1);
};
const vectorReverse_3 = (cotangent_3, x_6) => {
    const stack_3 = __typegrad.valueStack();
    let stored_3 = stack_3.data, top_3 = 0;
    let v_10 = 0, v_11 = 0, at_2 = 0, r_2, r_a_1;
    r_2 = new Float64Array(x_6.length - 1);
    r_a_1 = new Float64Array(x_6.length - 1);
    for (let i_6 = 0; i_6 < (x_6.length - 1); i_6++) {
        at_2 = i_6 + 1;
        v_10 = x_6[i_6] * x_6[i_6];
        while (top_3 + 2 > stored_3.length)
            stored_3 = stack_3.grow();
        stored_3[top_3++] = x_6[i_6];
        stored_3[top_3++] = x_6[i_6];
        v_11 = x_6[at_2] - v_10;
        r_2[i_6] = v_11;
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
        const rows_3 = [], topEnd_3 = top_3;
        for (let row_4 = 0; row_4 < value_3.length; row_4++) {
            top_3 = topEnd_3;
            r_a_1?.fill(0);
            r_a_1[row_4] = 1;
            const x_g_3 = new Float64Array(x_6.length);
            for (let k_6 = (Math.max(0, Math.ceil(x_6.length - 1)) | 0) - 1; k_6 >= 0; k_6--) {
                const i_6 = k_6;
                if (finite_1 === 1 && r_a_1[i_6] === 0) {
                    top_3 -= 2;
                }
                else {
                    at_2 = i_6 + 1;
                    let v_a_4 = 0, v_a_5 = 0;
                    v_a_5 = r_a_1[i_6];
                    r_a_1[i_6] = 0;
                    x_g_3[at_2] += v_a_5;
                    v_a_4 = -v_a_5;
                    const v_p_4 = stored_3[--top_3];
                    const v_p_5 = stored_3[--top_3];
                    x_g_3[i_6] += v_p_5 * v_a_4;
                    x_g_3[i_6] += v_p_4 * v_a_4;
                }
            }
            rows_3.push([x_g_3]);
        }
        return rows_3;
    }
    const x_g_3 = new Float64Array(x_6.length);
    for (let k_7 = 0; k_7 < r_a_1.length; k_7++) {
        r_a_1[k_7] += cotangent_3[k_7];
    }
    for (let k_6 = (Math.max(0, Math.ceil(x_6.length - 1)) | 0) - 1; k_6 >= 0; k_6--) {
        const i_6 = k_6;
        if (finite_1 === 1 && r_a_1[i_6] === 0) {
            top_3 -= 2;
        }
        else {
            at_2 = i_6 + 1;
            let v_a_4 = 0, v_a_5 = 0;
            v_a_5 = r_a_1[i_6];
            r_a_1[i_6] = 0;
            x_g_3[at_2] += v_a_5;
            v_a_4 = -v_a_5;
            const v_p_4 = stored_3[--top_3];
            const v_p_5 = stored_3[--top_3];
            x_g_3[i_6] += v_p_5 * v_a_4;
            x_g_3[i_6] += v_p_4 * v_a_4;
        }
    }
    return __typegrad.reverseVector(value_3, [x_g_3]);
};
const vectorJacobian_2 = x_7 => {
    let v_12 = 0, v_13 = 0, v_p_6, v_p_7, r_3, r_t_2;
    const n_2 = x_7.length, v_t_7 = new Array(n_2).fill(0), v_t_8 = new Array(n_2).fill(0);
    r_3 = new Float64Array(x_7.length - 1);
    r_t_2 = new Array(r_3.length);
    for (let k_8 = 0; k_8 < r_t_2.length; k_8++)
        r_t_2[k_8] = new Array(n_2).fill(0);
    for (let i_7 = 0; i_7 < (x_7.length - 1); i_7++) {
        v_12 = x_7[i_7] * x_7[i_7];
        v_p_6 = x_7[i_7];
        v_p_7 = x_7[i_7];
        for (let j_2 = 0; j_2 < n_2; j_2++)
            v_t_7[j_2] = 0;
        if (!(v_p_6 - v_p_6 === 0))
            return void 0;
        v_t_7[i_7] += v_p_6;
        if (!(v_p_7 - v_p_7 === 0))
            return void 0;
        v_t_7[i_7] += v_p_7;
        v_13 = x_7[i_7 + 1] - v_12;
        for (let j_2 = 0; j_2 < n_2; j_2++)
            v_t_8[j_2] = -v_t_7[j_2];
        v_t_8[i_7 + 1] += 1;
        r_3[i_7] = v_13;
        const row_5 = new Array(n_2);
        for (let j_2 = 0; j_2 < n_2; j_2++)
            row_5[j_2] = v_t_8[j_2] + 0;
        r_t_2[i_7] = row_5;
    }
    for (let k_9 = 0; k_9 < r_3.length; k_9++)
        if (!(r_3[k_9] >= 0 || r_3[k_9] < 0))
            return void 0;
    return r_t_2;
};
const vectorForward_3 = (x_8, x_t_3) => {
    let v_14 = 0, v_t_9 = 0, v_15 = 0, v_t_10 = 0, v_16 = 0, v_t_11 = 0, v_17 = 0, v_t_12 = 0;
    let out_3, out_t_3;
    out_3 = [];
    out_t_3 = [];
    for (let i_8 = 0; i_8 < x_8.length; i_8++) {
        v_14 = Math.sin(x_8[i_8]);
        v_t_9 = Math.cos(x_8[i_8]) * x_t_3[i_8];
        v_15 = v_14 * x_8[(i_8 + 1) % x_8.length];
        v_t_10 = x_8[(i_8 + 1) % x_8.length] * v_t_9 + v_14 * x_t_3[(i_8 + 1) % x_8.length];
        v_16 = i_8 * x_8[i_8];
        v_t_11 = i_8 * x_t_3[i_8];
        v_17 = v_15 + v_16;
        v_t_12 = v_t_10 + v_t_11;
        out_3.push(v_17);
        out_t_3.push(v_t_12);
    }
    return __typegrad.forwardVector(out_3, out_t_3);
};
const vectorJacobian_3 = x_9 => {
    let v_18 = 0, v_19 = 0, v_20 = 0, v_21 = 0, v_p_8, v_p_9, v_p_10, v_p_11, out_4, out_t_4;
    const n_3 = x_9.length, v_t_13 = new Array(n_3).fill(0), v_t_14 = new Array(n_3).fill(0), v_t_15 = new Array(n_3).fill(0), v_t_16 = new Array(n_3).fill(0);
    out_4 = [];
    out_t_4 = new Array(out_4.length);
    for (let i_9 = 0; i_9 < x_9.length; i_9++) {
        v_18 = Math.sin(x_9[i_9]);
        v_p_8 = Math.cos(x_9[i_9]);
        for (let j_3 = 0; j_3 < n_3; j_3++)
            v_t_13[j_3] = 0;
        if (!(v_p_8 - v_p_8 === 0))
            return void 0;
        v_t_13[i_9] += v_p_8;
        v_19 = v_18 * x_9[(i_9 + 1) % x_9.length];
        v_p_9 = x_9[(i_9 + 1) % x_9.length];
        v_p_10 = v_18;
        for (let j_3 = 0; j_3 < n_3; j_3++)
            v_t_14[j_3] = v_p_9 * v_t_13[j_3];
        if (!(v_p_10 - v_p_10 === 0))
            return void 0;
        v_t_14[(i_9 + 1) % x_9.length] += v_p_10;
        v_20 = i_9 * x_9[i_9];
        v_p_11 = i_9;
        for (let j_3 = 0; j_3 < n_3; j_3++)
            v_t_15[j_3] = 0;
        if (!(v_p_11 - v_p_11 === 0))
            return void 0;
        v_t_15[i_9] += v_p_11;
        v_21 = v_19 + v_20;
        for (let j_3 = 0; j_3 < n_3; j_3++)
            v_t_16[j_3] = v_t_14[j_3] + v_t_15[j_3];
        out_4.push(v_21);
        const row_6 = new Array(n_3);
        for (let j_3 = 0; j_3 < n_3; j_3++)
            row_6[j_3] = v_t_16[j_3] + 0;
        out_t_4.push(row_6);
    }
    for (let k_10 = 0; k_10 < out_4.length; k_10++)
        if (!(out_4[k_10] >= 0 || out_4[k_10] < 0))
            return void 0;
    return out_t_4;
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
export const jf = jacfwd(__typegrad.withVector(ring$ad, vectorForward_1, void 0, "a", -2, vectorJacobian_1));
export const jr = jacrev(__typegrad.withVector(lagged$ad, void 0, vectorReverse_1, "a", -2));
export const pullback = (x, c) => vjp(__typegrad.withVector(exps$ad, void 0, vectorReverse_2, "a", -2), x)[1](c);
export const jk = jacobian(__typegrad.withVector(steps$ad, vectorForward_2, vectorReverse_3, "a", -2, vectorJacobian_2));
export const je = jacfwd(__typegrad.withVector(entryRing$ad, vectorForward_3, void 0, "a", -2, vectorJacobian_3));
