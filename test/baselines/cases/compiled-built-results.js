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
    let v_3 = 0, v_4 = 0, out_2, out_a_1;
    out_2 = new Array(x_2.length);
    out_a_1 = new Array(x_2.length).fill(0);
    for (let i_2 = 0; i_2 < x_2.length; i_2++) {
        if (top_1 === stored_1.length)
            stored_1 = stack_1.grow();
        stored_1[top_1++] = v_3;
        v_3 = Math.sin(x_2[i_2]);
        v_4 = v_3 * x_2[(i_2 + 1) % x_2.length];
        out_2[i_2] = v_4;
    }
    const value_1 = out_2.slice();
    if (cotangent_1 === void 0)
        return value_1;
    if (typeof cotangent_1 === "number") {
        const rows_1 = [], seeds_1 = new Array(value_1.length).fill(0), topEnd_1 = top_1, v_end_1 = v_3;
        for (let row_1 = 0; row_1 < value_1.length; row_1++) {
            const cotangent_1 = seeds_1;
            seeds_1[row_1] = 1;
            top_1 = topEnd_1;
            v_3 = v_end_1;
            out_a_1?.fill(0);
            const x_g_1 = new Array(x_2.length).fill(0);
            for (let k_1 = 0; k_1 < out_a_1.length; k_1++) {
                out_a_1[k_1] += cotangent_1[k_1];
            }
            for (let k_2 = (Math.max(0, Math.ceil(x_2.length)) | 0) - 1; k_2 >= 0; k_2--) {
                const i_2 = k_2;
                let v_a_1 = 0, v_a_2 = 0;
                v_a_2 = out_a_1[i_2];
                out_a_1[i_2] = 0;
                v_a_1 = x_2[(i_2 + 1) % x_2.length] * v_a_2;
                x_g_1[(i_2 + 1) % x_2.length] += v_3 * v_a_2;
                x_g_1[i_2] += Math.cos(x_2[i_2]) * v_a_1;
                v_3 = stored_1[--top_1];
            }
            seeds_1[row_1] = 0;
            rows_1.push([x_g_1]);
        }
        return rows_1;
    }
    const x_g_1 = new Array(x_2.length).fill(0);
    for (let k_1 = 0; k_1 < out_a_1.length; k_1++) {
        out_a_1[k_1] += cotangent_1[k_1];
    }
    for (let k_2 = (Math.max(0, Math.ceil(x_2.length)) | 0) - 1; k_2 >= 0; k_2--) {
        const i_2 = k_2;
        let v_a_1 = 0, v_a_2 = 0;
        v_a_2 = out_a_1[i_2];
        out_a_1[i_2] = 0;
        v_a_1 = x_2[(i_2 + 1) % x_2.length] * v_a_2;
        x_g_1[(i_2 + 1) % x_2.length] += v_3 * v_a_2;
        x_g_1[i_2] += Math.cos(x_2[i_2]) * v_a_1;
        v_3 = stored_1[--top_1];
    }
    return __typegrad.reverseVector(value_1, [x_g_1]);
};
const vectorForward_2 = (x_3, x_t_2) => {
    let v_5 = 0, v_t_3 = 0, c_1 = 0, c_t_1 = 0, v_6 = 0, v_t_4 = 0;
    let mapped_1, mapped_t_1;
    mapped_1 = new Array(x_3.length);
    mapped_t_1 = new Array(x_3.length).fill(0);
    for (let i_3 = 0; i_3 < x_3.length; i_3++) {
        v_5 = x_3[i_3] * x_3[i_3];
        v_t_3 = x_3[i_3] * x_t_2[i_3] + x_3[i_3] * x_t_2[i_3];
        if (i_3 > 0) {
            c_1 = x_3[i_3 - 1];
            c_t_1 = x_t_2[i_3 - 1];
        }
        else {
            c_1 = 0;
            c_t_1 = 0;
        }
        v_6 = v_5 + c_1;
        v_t_4 = v_t_3 + c_t_1;
        mapped_1[i_3] = v_6;
        mapped_t_1[i_3] = v_t_4;
    }
    return __typegrad.forwardVector(mapped_1, mapped_t_1);
};
const vectorReverse_2 = (cotangent_2, x_4) => {
    const stack_2 = __typegrad.valueStack();
    let stored_2 = stack_2.data, top_2 = 0;
    let v_7 = 0, c_2 = 0, v_8 = 0, taken_1 = 0, c_a_1 = 0, mapped_2, mapped_a_1;
    mapped_2 = new Array(x_4.length);
    mapped_a_1 = new Array(x_4.length).fill(0);
    for (let i_4 = 0; i_4 < x_4.length; i_4++) {
        v_7 = x_4[i_4] * x_4[i_4];
        if (top_2 === stored_2.length)
            stored_2 = stack_2.grow();
        stored_2[top_2++] = taken_1;
        taken_1 = i_4 > 0 ? 1 : 0;
        if (taken_1 === 1) {
            c_2 = x_4[i_4 - 1];
        }
        else {
            c_2 = 0;
        }
        v_8 = v_7 + c_2;
        mapped_2[i_4] = v_8;
    }
    const value_2 = mapped_2.slice();
    if (cotangent_2 === void 0)
        return value_2;
    if (typeof cotangent_2 === "number") {
        const rows_2 = [], seeds_2 = new Array(value_2.length).fill(0), topEnd_2 = top_2, taken_end_1 = taken_1;
        for (let row_2 = 0; row_2 < value_2.length; row_2++) {
            const cotangent_2 = seeds_2;
            seeds_2[row_2] = 1;
            c_a_1 = 0;
            top_2 = topEnd_2;
            taken_1 = taken_end_1;
            mapped_a_1?.fill(0);
            const x_g_2 = new Array(x_4.length).fill(0);
            for (let k_3 = 0; k_3 < mapped_a_1.length; k_3++) {
                mapped_a_1[k_3] += cotangent_2[k_3];
            }
            for (let k_4 = (Math.max(0, Math.ceil(x_4.length)) | 0) - 1; k_4 >= 0; k_4--) {
                const i_4 = k_4;
                let v_a_3 = 0, v_a_4 = 0;
                v_a_4 = mapped_a_1[i_4];
                mapped_a_1[i_4] = 0;
                v_a_3 = v_a_4;
                c_a_1 += v_a_4;
                if (taken_1 === 1) {
                    x_g_2[i_4 - 1] += c_a_1;
                    c_a_1 = 0;
                }
                else {
                    c_a_1 = 0;
                }
                taken_1 = stored_2[--top_2];
                x_g_2[i_4] += x_4[i_4] * v_a_3;
                x_g_2[i_4] += x_4[i_4] * v_a_3;
            }
            seeds_2[row_2] = 0;
            rows_2.push([x_g_2]);
        }
        return rows_2;
    }
    const x_g_2 = new Array(x_4.length).fill(0);
    for (let k_3 = 0; k_3 < mapped_a_1.length; k_3++) {
        mapped_a_1[k_3] += cotangent_2[k_3];
    }
    for (let k_4 = (Math.max(0, Math.ceil(x_4.length)) | 0) - 1; k_4 >= 0; k_4--) {
        const i_4 = k_4;
        let v_a_3 = 0, v_a_4 = 0;
        v_a_4 = mapped_a_1[i_4];
        mapped_a_1[i_4] = 0;
        v_a_3 = v_a_4;
        c_a_1 += v_a_4;
        if (taken_1 === 1) {
            x_g_2[i_4 - 1] += c_a_1;
            c_a_1 = 0;
        }
        else {
            c_a_1 = 0;
        }
        taken_1 = stored_2[--top_2];
        x_g_2[i_4] += x_4[i_4] * v_a_3;
        x_g_2[i_4] += x_4[i_4] * v_a_3;
    }
    return __typegrad.reverseVector(value_2, [x_g_2]);
};
const vectorForward_3 = (x_5, x_t_3) => {
    let v_9 = 0, v_t_5 = 0;
    let y_1, y_t_1;
    y_1 = [];
    y_t_1 = [];
    for (let i_5 = 0; i_5 < x_5.length; i_5++) {
        v_9 = Math.exp(x_5[i_5]);
        v_t_5 = v_9 * x_t_3[i_5];
        y_1.push(v_9);
        y_t_1.push(v_t_5);
    }
    return __typegrad.forwardVector(y_1, y_t_1);
};
const vectorReverse_3 = (cotangent_3, x_6) => {
    if (typeof cotangent_3 === "number")
        return void 0;
    const stack_3 = __typegrad.valueStack();
    let stored_3 = stack_3.data, top_3 = 0;
    const x_g_3 = new Array(x_6.length).fill(0);
    let v_10 = 0, y_2, y_a_1;
    y_2 = [];
    y_a_1 = [];
    for (let i_6 = 0; i_6 < x_6.length; i_6++) {
        if (top_3 === stored_3.length)
            stored_3 = stack_3.grow();
        stored_3[top_3++] = v_10;
        v_10 = Math.exp(x_6[i_6]);
        y_2.push(v_10);
        y_a_1.push(0);
    }
    const value_3 = y_2.slice();
    if (cotangent_3 === void 0)
        return value_3;
    for (let k_5 = 0; k_5 < y_a_1.length; k_5++) {
        y_a_1[k_5] += cotangent_3[k_5];
    }
    for (let k_6 = (Math.max(0, Math.ceil(x_6.length)) | 0) - 1; k_6 >= 0; k_6--) {
        const i_6 = k_6;
        let v_a_5 = 0;
        y_2.pop();
        v_a_5 = y_a_1.pop();
        x_g_3[i_6] += v_10 * v_a_5;
        v_10 = stored_3[--top_3];
    }
    return __typegrad.reverseVector(value_3, [x_g_3]);
};
const vectorForward_4 = (x_7, x_t_4) => {
    let v_11 = 0, v_t_6 = 0, v_12 = 0, v_t_7 = 0, v_13 = 0, v_t_8 = 0, v_14 = 0, v_t_9 = 0;
    let out_3, out_t_2;
    out_3 = [];
    out_t_2 = [];
    for (let i_7 = 0; i_7 < x_7.length; i_7++) {
        v_11 = Math.sin(x_7[i_7]);
        v_t_6 = Math.cos(x_7[i_7]) * x_t_4[i_7];
        v_12 = v_11 * x_7[(i_7 + 1) % x_7.length];
        v_t_7 = x_7[(i_7 + 1) % x_7.length] * v_t_6 + v_11 * x_t_4[(i_7 + 1) % x_7.length];
        v_13 = i_7 * x_7[i_7];
        v_t_8 = i_7 * x_t_4[i_7];
        v_14 = v_12 + v_13;
        v_t_9 = v_t_7 + v_t_8;
        out_3.push(v_14);
        out_t_2.push(v_t_9);
    }
    return __typegrad.forwardVector(out_3, out_t_2);
};
const vectorReverse_4 = (cotangent_4, x_8) => {
    if (typeof cotangent_4 === "number")
        return void 0;
    const stack_4 = __typegrad.valueStack();
    let stored_4 = stack_4.data, top_4 = 0;
    const x_g_4 = new Array(x_8.length).fill(0);
    let v_15 = 0, v_16 = 0, v_17 = 0, v_18 = 0, out_4, out_a_2;
    out_4 = [];
    out_a_2 = [];
    for (let i_8 = 0; i_8 < x_8.length; i_8++) {
        if (top_4 === stored_4.length)
            stored_4 = stack_4.grow();
        stored_4[top_4++] = v_15;
        v_15 = Math.sin(x_8[i_8]);
        v_16 = v_15 * x_8[(i_8 + 1) % x_8.length];
        v_17 = i_8 * x_8[i_8];
        v_18 = v_16 + v_17;
        out_4.push(v_18);
        out_a_2.push(0);
    }
    const value_4 = out_4.slice();
    if (cotangent_4 === void 0)
        return value_4;
    for (let k_7 = 0; k_7 < out_a_2.length; k_7++) {
        out_a_2[k_7] += cotangent_4[k_7];
    }
    for (let k_8 = (Math.max(0, Math.ceil(x_8.length)) | 0) - 1; k_8 >= 0; k_8--) {
        const i_8 = k_8;
        let v_a_6 = 0, v_a_7 = 0, v_a_8 = 0, v_a_9 = 0;
        out_4.pop();
        v_a_9 = out_a_2.pop();
        v_a_7 = v_a_9;
        v_a_8 = v_a_9;
        x_g_4[i_8] += i_8 * v_a_8;
        v_a_6 = x_8[(i_8 + 1) % x_8.length] * v_a_7;
        x_g_4[(i_8 + 1) % x_8.length] += v_15 * v_a_7;
        x_g_4[i_8] += Math.cos(x_8[i_8]) * v_a_6;
        v_15 = stored_4[--top_4];
    }
    return __typegrad.reverseVector(value_4, [x_g_4]);
};
const vectorForward_5 = (x_9, x_t_5) => {
    let v_19 = 0, v_t_10 = 0, v_20 = 0, v_t_11 = 0;
    let r_1, r_t_1;
    r_1 = new Float64Array(x_9.length - 1);
    r_t_1 = new Float64Array(x_9.length - 1);
    for (let i_9 = 0; i_9 < (x_9.length - 1); i_9++) {
        v_19 = x_9[i_9] * x_9[i_9];
        v_t_10 = x_9[i_9] * x_t_5[i_9] + x_9[i_9] * x_t_5[i_9];
        v_20 = x_9[i_9 + 1] - v_19;
        v_t_11 = x_t_5[i_9 + 1] + -v_t_10;
        r_1[i_9] = v_20;
        r_t_1[i_9] = v_t_11;
    }
    return __typegrad.forwardVector(r_1, r_t_1);
};
const vectorReverse_5 = (cotangent_5, x_10) => {
    let v_21 = 0, v_22 = 0, r_2, r_a_1;
    r_2 = new Float64Array(x_10.length - 1);
    r_a_1 = new Float64Array(x_10.length - 1);
    for (let i_10 = 0; i_10 < (x_10.length - 1); i_10++) {
        v_21 = x_10[i_10] * x_10[i_10];
        v_22 = x_10[i_10 + 1] - v_21;
        r_2[i_10] = v_22;
    }
    const value_5 = r_2.slice();
    if (cotangent_5 === void 0)
        return value_5;
    if (typeof cotangent_5 === "number") {
        const rows_3 = [], seeds_3 = new Array(value_5.length).fill(0);
        for (let row_3 = 0; row_3 < value_5.length; row_3++) {
            const cotangent_5 = seeds_3;
            seeds_3[row_3] = 1;
            r_a_1?.fill(0);
            const x_g_5 = new Float64Array(x_10.length);
            for (let k_9 = 0; k_9 < r_a_1.length; k_9++) {
                r_a_1[k_9] += cotangent_5[k_9];
            }
            for (let k_10 = (Math.max(0, Math.ceil(x_10.length - 1)) | 0) - 1; k_10 >= 0; k_10--) {
                const i_10 = k_10;
                let v_a_10 = 0, v_a_11 = 0;
                v_a_11 = r_a_1[i_10];
                r_a_1[i_10] = 0;
                x_g_5[i_10 + 1] += v_a_11;
                v_a_10 = -v_a_11;
                x_g_5[i_10] += x_10[i_10] * v_a_10;
                x_g_5[i_10] += x_10[i_10] * v_a_10;
            }
            seeds_3[row_3] = 0;
            rows_3.push([x_g_5]);
        }
        return rows_3;
    }
    const x_g_5 = new Float64Array(x_10.length);
    for (let k_9 = 0; k_9 < r_a_1.length; k_9++) {
        r_a_1[k_9] += cotangent_5[k_9];
    }
    for (let k_10 = (Math.max(0, Math.ceil(x_10.length - 1)) | 0) - 1; k_10 >= 0; k_10--) {
        const i_10 = k_10;
        let v_a_10 = 0, v_a_11 = 0;
        v_a_11 = r_a_1[i_10];
        r_a_1[i_10] = 0;
        x_g_5[i_10 + 1] += v_a_11;
        v_a_10 = -v_a_11;
        x_g_5[i_10] += x_10[i_10] * v_a_10;
        x_g_5[i_10] += x_10[i_10] * v_a_10;
    }
    return __typegrad.reverseVector(value_5, [x_g_5]);
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
__typegrad.attach(ring, __typegrad.withVector(ring$ad, vectorForward_1, vectorReverse_1, "a", -2));
export const lagged = (x) => x.map((v, i) => v * v + (i > 0 ? x[i - 1] : 0));
export const lagged$ad = (x) => x.map((v, i) => __typegrad.add(__typegrad.mul(v, v), (i > 0 ? x[i - 1] : 0)));
__typegrad.attach(lagged, __typegrad.withVector(lagged$ad, vectorForward_2, vectorReverse_2, "a", -2));
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
__typegrad.attach(exps, __typegrad.withVector(exps$ad, vectorForward_3, vectorReverse_3, "a", -2));
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
__typegrad.attach(entryRing, __typegrad.withVector(entryRing$ad, vectorForward_4, vectorReverse_4, "a", -2));
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
export const jr = jacrev(__typegrad.withVector(lagged$ad, void 0, vectorReverse_2, "a", -2));
export const pullback = (x, c) => vjp(__typegrad.withVector(exps$ad, void 0, vectorReverse_3, "a", -2), x)[1](c);
export const jk = jacobian(__typegrad.withVector(steps$ad, vectorForward_5, vectorReverse_5, "a", -2));
export const je = jacfwd(__typegrad.withVector(entryRing$ad, vectorForward_4, void 0, "a", -2));
