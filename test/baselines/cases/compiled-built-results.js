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
    let v_3 = 0, v_4 = 0, at_1 = 0, out_2, out_a_1;
    out_2 = new Array(x_2.length);
    out_a_1 = new Array(x_2.length).fill(0);
    for (let i_2 = 0; i_2 < x_2.length; i_2++) {
        at_1 = ((i_2 + 1) < x_2.length) ? (i_2 + 1) : ((i_2 + 1) - x_2.length);
        v_3 = Math.sin(x_2[i_2]);
        while (top_1 + 3 > stored_1.length)
            stored_1 = stack_1.grow();
        stored_1[top_1++] = Math.cos(x_2[i_2]);
        v_4 = v_3 * x_2[at_1];
        stored_1[top_1++] = x_2[at_1];
        stored_1[top_1++] = v_3;
        out_2[i_2] = v_4;
    }
    let finite_1 = 1;
    for (let q_1 = 0; q_1 < top_1; q_1++) {
        const d_1 = stored_1[q_1];
        if (d_1 - d_1 !== 0) {
            finite_1 = 0;
            break;
        }
    }
    const value_1 = out_2.slice();
    if (cotangent_1 === void 0)
        return value_1;
    if (typeof cotangent_1 === "number") {
        const rows_1 = [], topEnd_1 = top_1;
        for (let row_1 = 0; row_1 < value_1.length; row_1++) {
            top_1 = topEnd_1;
            out_a_1?.fill(0);
            out_a_1[row_1] = 1;
            const x_g_1 = new Array(x_2.length).fill(0);
            for (let k_1 = (Math.max(0, Math.ceil(x_2.length)) | 0) - 1; k_1 >= 0; k_1--) {
                const i_2 = k_1;
                if (finite_1 === 1 && out_a_1[i_2] === 0) {
                    top_1 -= 3;
                }
                else {
                    at_1 = ((i_2 + 1) < x_2.length) ? (i_2 + 1) : ((i_2 + 1) - x_2.length);
                    let v_a_1 = 0, v_a_2 = 0;
                    v_a_2 = out_a_1[i_2];
                    out_a_1[i_2] = 0;
                    const v_p_1 = stored_1[--top_1];
                    const v_p_2 = stored_1[--top_1];
                    v_a_1 = v_p_2 * v_a_2;
                    x_g_1[at_1] += v_p_1 * v_a_2;
                    const v_p_3 = stored_1[--top_1];
                    x_g_1[i_2] += v_p_3 * v_a_1;
                }
            }
            rows_1.push([x_g_1]);
        }
        return rows_1;
    }
    const x_g_1 = new Array(x_2.length).fill(0);
    for (let k_2 = 0; k_2 < out_a_1.length; k_2++) {
        out_a_1[k_2] += cotangent_1[k_2];
    }
    for (let k_1 = (Math.max(0, Math.ceil(x_2.length)) | 0) - 1; k_1 >= 0; k_1--) {
        const i_2 = k_1;
        if (finite_1 === 1 && out_a_1[i_2] === 0) {
            top_1 -= 3;
        }
        else {
            at_1 = ((i_2 + 1) < x_2.length) ? (i_2 + 1) : ((i_2 + 1) - x_2.length);
            let v_a_1 = 0, v_a_2 = 0;
            v_a_2 = out_a_1[i_2];
            out_a_1[i_2] = 0;
            const v_p_1 = stored_1[--top_1];
            const v_p_2 = stored_1[--top_1];
            v_a_1 = v_p_2 * v_a_2;
            x_g_1[at_1] += v_p_1 * v_a_2;
            const v_p_3 = stored_1[--top_1];
            x_g_1[i_2] += v_p_3 * v_a_1;
        }
    }
    return __typegrad.reverseVector(value_1, [x_g_1]);
};
const vectorJacobian_1 = x_3 => {
    let v_5 = 0, v_6 = 0, v_p_4, v_p_5, v_p_6, out_3, out_t_2;
    const n_1 = x_3.length, v_t_3 = new Array(n_1).fill(0), v_t_4 = new Array(n_1).fill(0);
    out_3 = new Array(x_3.length);
    out_t_2 = new Array(out_3.length);
    for (let i_3 = 0; i_3 < x_3.length; i_3++) {
        v_5 = Math.sin(x_3[i_3]);
        v_p_4 = Math.cos(x_3[i_3]);
        for (let j_1 = 0; j_1 < n_1; j_1++)
            v_t_3[j_1] = 0;
        if (!(v_p_4 - v_p_4 === 0))
            return void 0;
        v_t_3[i_3] += v_p_4;
        v_6 = v_5 * x_3[(i_3 + 1) % x_3.length];
        v_p_5 = x_3[(i_3 + 1) % x_3.length];
        v_p_6 = v_5;
        for (let j_1 = 0; j_1 < n_1; j_1++)
            v_t_4[j_1] = v_p_5 * v_t_3[j_1];
        if (!(v_p_6 - v_p_6 === 0))
            return void 0;
        v_t_4[(i_3 + 1) % x_3.length] += v_p_6;
        out_3[i_3] = v_6;
        const row_2 = new Array(n_1);
        for (let j_1 = 0; j_1 < n_1; j_1++)
            row_2[j_1] = v_t_4[j_1] + 0;
        out_t_2[i_3] = row_2;
    }
    for (let k_3 = 0; k_3 < out_3.length; k_3++)
        if (!(out_3[k_3] >= 0 || out_3[k_3] < 0))
            return void 0;
    return out_t_2;
};
const vectorForward_2 = (x_4, x_t_2) => {
    let v_7 = 0, v_t_5 = 0, c_1 = 0, c_t_1 = 0, v_8 = 0, v_t_6 = 0;
    let mapped_1, mapped_t_1;
    mapped_1 = new Array(x_4.length);
    mapped_t_1 = new Array(x_4.length).fill(0);
    for (let i_4 = 0; i_4 < x_4.length; i_4++) {
        v_7 = x_4[i_4] * x_4[i_4];
        v_t_5 = x_4[i_4] * x_t_2[i_4] + x_4[i_4] * x_t_2[i_4];
        if (i_4 > 0) {
            c_1 = x_4[i_4 - 1];
            c_t_1 = x_t_2[i_4 - 1];
        }
        else {
            c_1 = 0;
            c_t_1 = 0;
        }
        v_8 = v_7 + c_1;
        v_t_6 = v_t_5 + c_t_1;
        mapped_1[i_4] = v_8;
        mapped_t_1[i_4] = v_t_6;
    }
    return __typegrad.forwardVector(mapped_1, mapped_t_1);
};
const vectorReverse_2 = (cotangent_2, x_5) => {
    const stack_2 = __typegrad.valueStack();
    let stored_2 = stack_2.data, top_2 = 0;
    let v_9 = 0, c_2 = 0, v_10 = 0, at_2 = 0, taken_1 = 0, c_a_1 = 0, mapped_2, mapped_a_1;
    mapped_2 = new Array(x_5.length);
    mapped_a_1 = new Array(x_5.length).fill(0);
    for (let i_5 = 0; i_5 < x_5.length; i_5++) {
        at_2 = i_5 - 1;
        v_9 = x_5[i_5] * x_5[i_5];
        if (top_2 === stored_2.length)
            stored_2 = stack_2.grow();
        stored_2[top_2++] = taken_1;
        taken_1 = i_5 > 0 ? 1 : 0;
        if (taken_1 === 1) {
            c_2 = x_5[at_2];
        }
        else {
            c_2 = 0;
        }
        v_10 = v_9 + c_2;
        mapped_2[i_5] = v_10;
    }
    const value_2 = mapped_2.slice();
    if (cotangent_2 === void 0)
        return value_2;
    if (typeof cotangent_2 === "number") {
        const rows_2 = [], topEnd_2 = top_2, taken_end_1 = taken_1;
        for (let row_3 = 0; row_3 < value_2.length; row_3++) {
            c_a_1 = 0;
            top_2 = topEnd_2;
            taken_1 = taken_end_1;
            mapped_a_1?.fill(0);
            mapped_a_1[row_3] = 1;
            const x_g_2 = new Array(x_5.length).fill(0);
            for (let k_4 = (Math.max(0, Math.ceil(x_5.length)) | 0) - 1; k_4 >= 0; k_4--) {
                const i_5 = k_4;
                at_2 = i_5 - 1;
                let v_a_3 = 0, v_a_4 = 0;
                v_a_4 = mapped_a_1[i_5];
                mapped_a_1[i_5] = 0;
                v_a_3 = v_a_4;
                c_a_1 += v_a_4;
                if (taken_1 === 1) {
                    x_g_2[at_2] += c_a_1;
                    c_a_1 = 0;
                }
                else {
                    c_a_1 = 0;
                }
                taken_1 = stored_2[--top_2];
                x_g_2[i_5] += x_5[i_5] * v_a_3;
                x_g_2[i_5] += x_5[i_5] * v_a_3;
            }
            rows_2.push([x_g_2]);
        }
        return rows_2;
    }
    const x_g_2 = new Array(x_5.length).fill(0);
    for (let k_5 = 0; k_5 < mapped_a_1.length; k_5++) {
        mapped_a_1[k_5] += cotangent_2[k_5];
    }
    for (let k_4 = (Math.max(0, Math.ceil(x_5.length)) | 0) - 1; k_4 >= 0; k_4--) {
        const i_5 = k_4;
        at_2 = i_5 - 1;
        let v_a_3 = 0, v_a_4 = 0;
        v_a_4 = mapped_a_1[i_5];
        mapped_a_1[i_5] = 0;
        v_a_3 = v_a_4;
        c_a_1 += v_a_4;
        if (taken_1 === 1) {
            x_g_2[at_2] += c_a_1;
            c_a_1 = 0;
        }
        else {
            c_a_1 = 0;
        }
        taken_1 = stored_2[--top_2];
        x_g_2[i_5] += x_5[i_5] * v_a_3;
        x_g_2[i_5] += x_5[i_5] * v_a_3;
    }
    return __typegrad.reverseVector(value_2, [x_g_2]);
};
const vectorJacobian_2 = x_6 => {
    let v_11 = 0, c_3 = 0, v_12 = 0, v_p_7, v_p_8, mapped_3, mapped_t_2;
    const n_2 = x_6.length, v_t_7 = new Array(n_2).fill(0), c_t_2 = new Array(n_2).fill(0), v_t_8 = new Array(n_2).fill(0);
    mapped_3 = new Array(x_6.length);
    mapped_t_2 = new Array(mapped_3.length);
    for (let i_6 = 0; i_6 < x_6.length; i_6++) {
        v_11 = x_6[i_6] * x_6[i_6];
        v_p_7 = x_6[i_6];
        v_p_8 = x_6[i_6];
        for (let j_2 = 0; j_2 < n_2; j_2++)
            v_t_7[j_2] = 0;
        if (!(v_p_7 - v_p_7 === 0))
            return void 0;
        v_t_7[i_6] += v_p_7;
        if (!(v_p_8 - v_p_8 === 0))
            return void 0;
        v_t_7[i_6] += v_p_8;
        if (i_6 > 0) {
            c_3 = x_6[i_6 - 1];
            for (let j_2 = 0; j_2 < n_2; j_2++)
                c_t_2[j_2] = 0;
            c_t_2[i_6 - 1] += 1;
        }
        else {
            c_3 = 0;
            for (let j_2 = 0; j_2 < n_2; j_2++)
                c_t_2[j_2] = 0;
        }
        v_12 = v_11 + c_3;
        for (let j_2 = 0; j_2 < n_2; j_2++)
            v_t_8[j_2] = v_t_7[j_2] + c_t_2[j_2];
        mapped_3[i_6] = v_12;
        const row_4 = new Array(n_2);
        for (let j_2 = 0; j_2 < n_2; j_2++)
            row_4[j_2] = v_t_8[j_2] + 0;
        mapped_t_2[i_6] = row_4;
    }
    for (let k_6 = 0; k_6 < mapped_3.length; k_6++)
        if (!(mapped_3[k_6] >= 0 || mapped_3[k_6] < 0))
            return void 0;
    return mapped_t_2;
};
const vectorForward_3 = (x_7, x_t_3) => {
    let v_13 = 0, v_t_9 = 0;
    let y_1, y_t_1;
    y_1 = [];
    y_t_1 = [];
    for (let i_7 = 0; i_7 < x_7.length; i_7++) {
        v_13 = Math.exp(x_7[i_7]);
        v_t_9 = v_13 * x_t_3[i_7];
        y_1.push(v_13);
        y_t_1.push(v_t_9);
    }
    return __typegrad.forwardVector(y_1, y_t_1);
};
const vectorReverse_3 = (cotangent_3, x_8) => {
    if (typeof cotangent_3 === "number")
        return void 0;
    const stack_3 = __typegrad.valueStack();
    let stored_3 = stack_3.data, top_3 = 0;
    const x_g_3 = new Array(x_8.length).fill(0);
    let v_14 = 0, y_2, y_a_1;
    y_2 = [];
    y_a_1 = [];
    for (let i_8 = 0; i_8 < x_8.length; i_8++) {
        if (top_3 === stored_3.length)
            stored_3 = stack_3.grow();
        stored_3[top_3++] = v_14;
        v_14 = Math.exp(x_8[i_8]);
        y_2.push(v_14);
        y_a_1.push(0);
    }
    const value_3 = y_2.slice();
    if (cotangent_3 === void 0)
        return value_3;
    for (let k_7 = 0; k_7 < y_a_1.length; k_7++) {
        y_a_1[k_7] += cotangent_3[k_7];
    }
    for (let k_8 = (Math.max(0, Math.ceil(x_8.length)) | 0) - 1; k_8 >= 0; k_8--) {
        const i_8 = k_8;
        let v_a_5 = 0;
        y_2.pop();
        v_a_5 = y_a_1.pop();
        x_g_3[i_8] += v_14 * v_a_5;
        v_14 = stored_3[--top_3];
    }
    return __typegrad.reverseVector(value_3, [x_g_3]);
};
const vectorJacobian_3 = x_9 => {
    let v_15 = 0, v_p_9, y_3, y_t_2;
    const n_3 = x_9.length, v_t_10 = new Array(n_3).fill(0);
    y_3 = [];
    y_t_2 = new Array(y_3.length);
    for (let i_9 = 0; i_9 < x_9.length; i_9++) {
        v_15 = Math.exp(x_9[i_9]);
        v_p_9 = v_15;
        for (let j_3 = 0; j_3 < n_3; j_3++)
            v_t_10[j_3] = 0;
        if (!(v_p_9 - v_p_9 === 0))
            return void 0;
        v_t_10[i_9] += v_p_9;
        y_3.push(v_15);
        const row_5 = new Array(n_3);
        for (let j_3 = 0; j_3 < n_3; j_3++)
            row_5[j_3] = v_t_10[j_3] + 0;
        y_t_2.push(row_5);
    }
    for (let k_9 = 0; k_9 < y_3.length; k_9++)
        if (!(y_3[k_9] >= 0 || y_3[k_9] < 0))
            return void 0;
    return y_t_2;
};
const vectorForward_4 = (x_10, x_t_4) => {
    let v_16 = 0, v_t_11 = 0, v_17 = 0, v_t_12 = 0, v_18 = 0, v_t_13 = 0, v_19 = 0, v_t_14 = 0;
    let out_4, out_t_3;
    out_4 = [];
    out_t_3 = [];
    for (let i_10 = 0; i_10 < x_10.length; i_10++) {
        v_16 = Math.sin(x_10[i_10]);
        v_t_11 = Math.cos(x_10[i_10]) * x_t_4[i_10];
        v_17 = v_16 * x_10[(i_10 + 1) % x_10.length];
        v_t_12 = x_10[(i_10 + 1) % x_10.length] * v_t_11 + v_16 * x_t_4[(i_10 + 1) % x_10.length];
        v_18 = i_10 * x_10[i_10];
        v_t_13 = i_10 * x_t_4[i_10];
        v_19 = v_17 + v_18;
        v_t_14 = v_t_12 + v_t_13;
        out_4.push(v_19);
        out_t_3.push(v_t_14);
    }
    return __typegrad.forwardVector(out_4, out_t_3);
};
const vectorReverse_4 = (cotangent_4, x_11) => {
    if (typeof cotangent_4 === "number")
        return void 0;
    const stack_4 = __typegrad.valueStack();
    let stored_4 = stack_4.data, top_4 = 0;
    const x_g_4 = new Array(x_11.length).fill(0);
    let v_20 = 0, v_21 = 0, v_22 = 0, v_23 = 0, at_3 = 0, out_5, out_a_2;
    out_5 = [];
    out_a_2 = [];
    for (let i_11 = 0; i_11 < x_11.length; i_11++) {
        at_3 = ((i_11 + 1) < x_11.length) ? (i_11 + 1) : ((i_11 + 1) - x_11.length);
        if (top_4 === stored_4.length)
            stored_4 = stack_4.grow();
        stored_4[top_4++] = v_20;
        v_20 = Math.sin(x_11[i_11]);
        v_21 = v_20 * x_11[at_3];
        v_22 = i_11 * x_11[i_11];
        v_23 = v_21 + v_22;
        out_5.push(v_23);
        out_a_2.push(0);
    }
    const value_4 = out_5.slice();
    if (cotangent_4 === void 0)
        return value_4;
    for (let k_10 = 0; k_10 < out_a_2.length; k_10++) {
        out_a_2[k_10] += cotangent_4[k_10];
    }
    for (let k_11 = (Math.max(0, Math.ceil(x_11.length)) | 0) - 1; k_11 >= 0; k_11--) {
        const i_11 = k_11;
        at_3 = ((i_11 + 1) < x_11.length) ? (i_11 + 1) : ((i_11 + 1) - x_11.length);
        let v_a_6 = 0, v_a_7 = 0, v_a_8 = 0, v_a_9 = 0;
        out_5.pop();
        v_a_9 = out_a_2.pop();
        v_a_7 = v_a_9;
        v_a_8 = v_a_9;
        x_g_4[i_11] += i_11 * v_a_8;
        v_a_6 = x_11[at_3] * v_a_7;
        x_g_4[at_3] += v_20 * v_a_7;
        x_g_4[i_11] += Math.cos(x_11[i_11]) * v_a_6;
        v_20 = stored_4[--top_4];
    }
    return __typegrad.reverseVector(value_4, [x_g_4]);
};
const vectorJacobian_4 = x_12 => {
    let v_24 = 0, v_25 = 0, v_26 = 0, v_27 = 0, v_p_10, v_p_11, v_p_12, v_p_13, out_6, out_t_4;
    const n_4 = x_12.length, v_t_15 = new Array(n_4).fill(0), v_t_16 = new Array(n_4).fill(0), v_t_17 = new Array(n_4).fill(0), v_t_18 = new Array(n_4).fill(0);
    out_6 = [];
    out_t_4 = new Array(out_6.length);
    for (let i_12 = 0; i_12 < x_12.length; i_12++) {
        v_24 = Math.sin(x_12[i_12]);
        v_p_10 = Math.cos(x_12[i_12]);
        for (let j_4 = 0; j_4 < n_4; j_4++)
            v_t_15[j_4] = 0;
        if (!(v_p_10 - v_p_10 === 0))
            return void 0;
        v_t_15[i_12] += v_p_10;
        v_25 = v_24 * x_12[(i_12 + 1) % x_12.length];
        v_p_11 = x_12[(i_12 + 1) % x_12.length];
        v_p_12 = v_24;
        for (let j_4 = 0; j_4 < n_4; j_4++)
            v_t_16[j_4] = v_p_11 * v_t_15[j_4];
        if (!(v_p_12 - v_p_12 === 0))
            return void 0;
        v_t_16[(i_12 + 1) % x_12.length] += v_p_12;
        v_26 = i_12 * x_12[i_12];
        v_p_13 = i_12;
        for (let j_4 = 0; j_4 < n_4; j_4++)
            v_t_17[j_4] = 0;
        if (!(v_p_13 - v_p_13 === 0))
            return void 0;
        v_t_17[i_12] += v_p_13;
        v_27 = v_25 + v_26;
        for (let j_4 = 0; j_4 < n_4; j_4++)
            v_t_18[j_4] = v_t_16[j_4] + v_t_17[j_4];
        out_6.push(v_27);
        const row_6 = new Array(n_4);
        for (let j_4 = 0; j_4 < n_4; j_4++)
            row_6[j_4] = v_t_18[j_4] + 0;
        out_t_4.push(row_6);
    }
    for (let k_12 = 0; k_12 < out_6.length; k_12++)
        if (!(out_6[k_12] >= 0 || out_6[k_12] < 0))
            return void 0;
    return out_t_4;
};
const vectorForward_5 = (x_13, x_t_5) => {
    let v_28 = 0, v_t_19 = 0, v_29 = 0, v_t_20 = 0;
    let r_1, r_t_1;
    r_1 = new Float64Array(x_13.length - 1);
    r_t_1 = new Float64Array(x_13.length - 1);
    for (let i_13 = 0; i_13 < (x_13.length - 1); i_13++) {
        v_28 = x_13[i_13] * x_13[i_13];
        v_t_19 = x_13[i_13] * x_t_5[i_13] + x_13[i_13] * x_t_5[i_13];
        v_29 = x_13[i_13 + 1] - v_28;
        v_t_20 = x_t_5[i_13 + 1] + -v_t_19;
        r_1[i_13] = v_29;
        r_t_1[i_13] = v_t_20;
    }
    return __typegrad.forwardVector(r_1, r_t_1);
};
const vectorReverse_5 = (cotangent_5, x_14) => {
    const stack_5 = __typegrad.valueStack();
    let stored_5 = stack_5.data, top_5 = 0;
    let v_30 = 0, v_31 = 0, at_4 = 0, r_2, r_a_1;
    r_2 = new Float64Array(x_14.length - 1);
    r_a_1 = new Float64Array(x_14.length - 1);
    for (let i_14 = 0; i_14 < (x_14.length - 1); i_14++) {
        at_4 = i_14 + 1;
        v_30 = x_14[i_14] * x_14[i_14];
        while (top_5 + 2 > stored_5.length)
            stored_5 = stack_5.grow();
        stored_5[top_5++] = x_14[i_14];
        stored_5[top_5++] = x_14[i_14];
        v_31 = x_14[at_4] - v_30;
        r_2[i_14] = v_31;
    }
    let finite_2 = 1;
    for (let q_2 = 0; q_2 < top_5; q_2++) {
        const d_2 = stored_5[q_2];
        if (d_2 - d_2 !== 0) {
            finite_2 = 0;
            break;
        }
    }
    const value_5 = r_2.slice();
    if (cotangent_5 === void 0)
        return value_5;
    if (typeof cotangent_5 === "number") {
        const rows_3 = [], topEnd_3 = top_5;
        for (let row_7 = 0; row_7 < value_5.length; row_7++) {
            top_5 = topEnd_3;
            r_a_1?.fill(0);
            r_a_1[row_7] = 1;
            const x_g_5 = new Float64Array(x_14.length);
            for (let k_13 = (Math.max(0, Math.ceil(x_14.length - 1)) | 0) - 1; k_13 >= 0; k_13--) {
                const i_14 = k_13;
                if (finite_2 === 1 && r_a_1[i_14] === 0) {
                    top_5 -= 2;
                }
                else {
                    at_4 = i_14 + 1;
                    let v_a_10 = 0, v_a_11 = 0;
                    v_a_11 = r_a_1[i_14];
                    r_a_1[i_14] = 0;
                    x_g_5[at_4] += v_a_11;
                    v_a_10 = -v_a_11;
                    const v_p_14 = stored_5[--top_5];
                    const v_p_15 = stored_5[--top_5];
                    x_g_5[i_14] += v_p_15 * v_a_10;
                    x_g_5[i_14] += v_p_14 * v_a_10;
                }
            }
            rows_3.push([x_g_5]);
        }
        return rows_3;
    }
    const x_g_5 = new Float64Array(x_14.length);
    for (let k_14 = 0; k_14 < r_a_1.length; k_14++) {
        r_a_1[k_14] += cotangent_5[k_14];
    }
    for (let k_13 = (Math.max(0, Math.ceil(x_14.length - 1)) | 0) - 1; k_13 >= 0; k_13--) {
        const i_14 = k_13;
        if (finite_2 === 1 && r_a_1[i_14] === 0) {
            top_5 -= 2;
        }
        else {
            at_4 = i_14 + 1;
            let v_a_10 = 0, v_a_11 = 0;
            v_a_11 = r_a_1[i_14];
            r_a_1[i_14] = 0;
            x_g_5[at_4] += v_a_11;
            v_a_10 = -v_a_11;
            const v_p_14 = stored_5[--top_5];
            const v_p_15 = stored_5[--top_5];
            x_g_5[i_14] += v_p_15 * v_a_10;
            x_g_5[i_14] += v_p_14 * v_a_10;
        }
    }
    return __typegrad.reverseVector(value_5, [x_g_5]);
};
const vectorJacobian_5 = x_15 => {
    let v_32 = 0, v_33 = 0, v_p_16, v_p_17, r_3, r_t_2;
    const n_5 = x_15.length, v_t_21 = new Array(n_5).fill(0), v_t_22 = new Array(n_5).fill(0);
    r_3 = new Float64Array(x_15.length - 1);
    r_t_2 = new Array(r_3.length);
    for (let k_15 = 0; k_15 < r_t_2.length; k_15++)
        r_t_2[k_15] = new Array(n_5).fill(0);
    for (let i_15 = 0; i_15 < (x_15.length - 1); i_15++) {
        v_32 = x_15[i_15] * x_15[i_15];
        v_p_16 = x_15[i_15];
        v_p_17 = x_15[i_15];
        for (let j_5 = 0; j_5 < n_5; j_5++)
            v_t_21[j_5] = 0;
        if (!(v_p_16 - v_p_16 === 0))
            return void 0;
        v_t_21[i_15] += v_p_16;
        if (!(v_p_17 - v_p_17 === 0))
            return void 0;
        v_t_21[i_15] += v_p_17;
        v_33 = x_15[i_15 + 1] - v_32;
        for (let j_5 = 0; j_5 < n_5; j_5++)
            v_t_22[j_5] = -v_t_21[j_5];
        v_t_22[i_15 + 1] += 1;
        r_3[i_15] = v_33;
        const row_8 = new Array(n_5);
        for (let j_5 = 0; j_5 < n_5; j_5++)
            row_8[j_5] = v_t_22[j_5] + 0;
        r_t_2[i_15] = row_8;
    }
    for (let k_16 = 0; k_16 < r_3.length; k_16++)
        if (!(r_3[k_16] >= 0 || r_3[k_16] < 0))
            return void 0;
    return r_t_2;
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
__typegrad.attach(ring, __typegrad.withVector(ring$ad, vectorForward_1, vectorReverse_1, "a", -2, vectorJacobian_1));
export const lagged = (x) => x.map((v, i) => v * v + (i > 0 ? x[i - 1] : 0));
export const lagged$ad = (x) => x.map((v, i) => __typegrad.add(__typegrad.mul(v, v), (i > 0 ? x[i - 1] : 0)));
__typegrad.attach(lagged, __typegrad.withVector(lagged$ad, vectorForward_2, vectorReverse_2, "a", -2, vectorJacobian_2));
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
__typegrad.attach(exps, __typegrad.withVector(exps$ad, vectorForward_3, vectorReverse_3, "a", -2, vectorJacobian_3));
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
__typegrad.attach(entryRing, __typegrad.withVector(entryRing$ad, vectorForward_4, vectorReverse_4, "a", -2, vectorJacobian_4));
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
export const jr = jacrev(__typegrad.withVector(lagged$ad, void 0, vectorReverse_2, "a", -2));
export const pullback = (x, c) => vjp(__typegrad.withVector(exps$ad, void 0, vectorReverse_3, "a", -2), x)[1](c);
export const jk = jacobian(__typegrad.withVector(steps$ad, vectorForward_5, vectorReverse_5, "a", -2, vectorJacobian_5));
export const je = jacfwd(__typegrad.withVector(entryRing$ad, vectorForward_4, void 0, "a", -2, vectorJacobian_4));
