// A simple scalar function handed to derivative or jvp also gets compiled forward-mode code.
import { derivative, jvp, square } from "typegrad";
import * as __typegrad from "typegrad";
const gradient_1 = x_1 => {
    let v_1 = 0, v_2 = 0, v_3 = 0, x_a_1 = 0;
    v_1 = x_1 * x_1;
    v_2 = Math.exp(v_1);
    v_3 = v_2 * v_2;
    const value_1 = v_3;
    let v_a_1 = 0, v_a_2 = 0, v_a_3 = 0;
    v_a_3 = 1;
    v_a_2 = v_2 * v_a_3;
    v_a_2 += v_2 * v_a_3;
    v_a_1 = v_2 * v_a_2;
    x_a_1 += x_1 * v_a_1;
    x_a_1 += x_1 * v_a_1;
    return __typegrad.reverseResult(value_1, [x_a_1]);
};
const forward_1 = (x_2, x_t_1) => {
    let v_4 = 0, v_t_1 = 0, v_5 = 0, v_t_2 = 0, v_6 = 0, v_t_3 = 0;
    v_4 = x_2 * x_2;
    v_t_1 = x_2 * x_t_1 + x_2 * x_t_1;
    v_5 = Math.exp(v_4);
    v_t_2 = v_5 * v_t_1;
    v_6 = v_5 * v_5;
    v_t_3 = v_5 * v_t_2 + v_5 * v_t_2;
    return __typegrad.forwardResult(v_6, v_t_3);
};
const derivative_1 = x_3 => {
    let v_7 = 0, v_t_4 = 0, v_8 = 0, v_t_5 = 0, v_9 = 0, v_t_6 = 0;
    v_7 = x_3 * x_3;
    v_t_4 = x_3 + x_3;
    v_8 = Math.exp(v_7);
    v_t_5 = v_8 * v_t_4;
    v_9 = v_8 * v_8;
    v_t_6 = v_8 * v_t_5 + v_8 * v_t_5;
    return __typegrad.derivativeResult(v_9, v_t_6);
};
const hessian_1 = (x_4, x_v_1) => {
    let v_10 = 0, v_11 = 0, d_1 = 0, d_2 = 0, v_t_7 = 0, v_t_8 = 0, d_3 = 0, d_4 = 0, v_t_9 = 0, x_a_2 = 0;
    v_10 = x_4 * x_4;
    d_1 = x_4 * x_v_1;
    d_2 = x_4 * x_v_1;
    v_t_7 = d_1 + d_2;
    v_11 = Math.exp(v_10);
    v_t_8 = v_11 * v_t_7;
    d_3 = v_11 * v_t_8;
    d_4 = v_11 * v_t_8;
    v_t_9 = d_3 + d_4;
    const value_2 = v_t_9;
    let v_a_4 = 0, d_a_1 = 0, d_a_2 = 0, v_t_a_1 = 0, v_a_5 = 0, v_t_a_2 = 0, d_a_3 = 0, d_a_4 = 0, v_t_a_3 = 0;
    v_t_a_3 = 1;
    d_a_3 = v_t_a_3;
    d_a_4 = v_t_a_3;
    v_a_5 = v_t_8 * d_a_4;
    v_t_a_2 = v_11 * d_a_4;
    v_a_5 += v_t_8 * d_a_3;
    v_t_a_2 += v_11 * d_a_3;
    v_a_5 += v_t_7 * v_t_a_2;
    v_t_a_1 = v_11 * v_t_a_2;
    v_a_4 = v_11 * v_a_5;
    d_a_1 = v_t_a_1;
    d_a_2 = v_t_a_1;
    x_a_2 += x_v_1 * d_a_2;
    x_a_2 += x_v_1 * d_a_1;
    x_a_2 += x_4 * v_a_4;
    x_a_2 += x_4 * v_a_4;
    return __typegrad.reverseResult(value_2, [x_a_2]);
};
const gradient_2 = x_5 => {
    const stack_1 = __typegrad.valueStack();
    let stored_1 = stack_1.data, top_1 = 0;
    let v_12 = 0, v_13 = 0, v_14 = 0, y_1 = 0, v_15 = 0, v_16 = 0, v_17 = 0, c_1 = 0, v_18 = 0, v_19 = 0, taken_1 = 0, taken_2 = 0, x_a_3 = 0, y_a_1 = 0, c_a_1 = 0;
    v_12 = x_5 * x_5;
    v_13 = K * x_5;
    v_14 = v_12 - v_13;
    if (top_1 === stored_1.length)
        stored_1 = stack_1.grow();
    stored_1[top_1++] = y_1;
    y_1 = v_14;
    taken_2 = x_5 > 1 ? 1 : 0;
    if (taken_2 === 1) {
        v_15 = 3.141592653589793 * x_5;
        v_16 = y_1 + v_15;
        if (top_1 === stored_1.length)
            stored_1 = stack_1.grow();
        stored_1[top_1++] = y_1;
        y_1 = v_16;
    }
    else {
        v_17 = y_1 * x_5;
        if (top_1 === stored_1.length)
            stored_1 = stack_1.grow();
        stored_1[top_1++] = y_1;
        y_1 = v_17;
    }
    taken_1 = x_5 < 0 ? 1 : 0;
    if (taken_1 === 1) {
        v_18 = -y_1;
        c_1 = v_18;
    }
    else {
        v_19 = y_1 / 2;
        c_1 = v_19;
    }
    const value_3 = c_1;
    let v_a_6 = 0, v_a_7 = 0, v_a_8 = 0;
    c_a_1 = 1;
    if (taken_1 === 1) {
        let v_a_9 = 0;
        v_a_9 = c_a_1;
        c_a_1 = 0;
        y_a_1 += -v_a_9;
    }
    else {
        let v_a_10 = 0;
        v_a_10 = c_a_1;
        c_a_1 = 0;
        y_a_1 += 0.5 * v_a_10;
    }
    if (taken_2 === 1) {
        let v_a_11 = 0, v_a_12 = 0;
        v_a_12 = y_a_1;
        y_a_1 = 0;
        y_1 = stored_1[--top_1];
        y_a_1 = v_a_12;
        v_a_11 = v_a_12;
        x_a_3 += 3.141592653589793 * v_a_11;
    }
    else {
        let v_a_13 = 0;
        v_a_13 = y_a_1;
        y_a_1 = 0;
        y_1 = stored_1[--top_1];
        y_a_1 = x_5 * v_a_13;
        x_a_3 += y_1 * v_a_13;
    }
    v_a_8 = y_a_1;
    y_a_1 = 0;
    y_1 = stored_1[--top_1];
    v_a_6 = v_a_8;
    v_a_7 = -v_a_8;
    x_a_3 += K * v_a_7;
    x_a_3 += (2 * x_5) * v_a_6;
    return __typegrad.reverseResult(value_3, [x_a_3]);
};
const forward_2 = (x_6, x_t_2) => {
    let v_20 = 0, v_t_10 = 0, v_21 = 0, v_t_11 = 0, v_22 = 0, v_t_12 = 0, y_2 = 0, y_t_1 = 0, v_23 = 0, v_t_13 = 0, v_24 = 0, v_t_14 = 0, v_25 = 0, v_t_15 = 0, c_2 = 0, c_t_1 = 0, v_26 = 0, v_t_16 = 0, v_27 = 0, v_t_17 = 0;
    v_20 = x_6 * x_6;
    v_t_10 = (2 * x_6) * x_t_2;
    v_21 = K * x_6;
    v_t_11 = K * x_t_2;
    v_22 = v_20 - v_21;
    v_t_12 = v_t_10 + -v_t_11;
    y_2 = v_22;
    y_t_1 = v_t_12;
    if (x_6 > 1) {
        v_23 = 3.141592653589793 * x_6;
        v_t_13 = 3.141592653589793 * x_t_2;
        v_24 = y_2 + v_23;
        v_t_14 = y_t_1 + v_t_13;
        y_2 = v_24;
        y_t_1 = v_t_14;
    }
    else {
        v_25 = y_2 * x_6;
        v_t_15 = x_6 * y_t_1 + y_2 * x_t_2;
        y_2 = v_25;
        y_t_1 = v_t_15;
    }
    if (x_6 < 0) {
        v_26 = -y_2;
        v_t_16 = -y_t_1;
        c_2 = v_26;
        c_t_1 = v_t_16;
    }
    else {
        v_27 = y_2 / 2;
        v_t_17 = 0.5 * y_t_1;
        c_2 = v_27;
        c_t_1 = v_t_17;
    }
    return __typegrad.forwardResult(c_2, c_t_1);
};
const derivative_2 = x_7 => {
    let v_28 = 0, v_t_18 = 0, v_29 = 0, v_t_19 = 0, v_30 = 0, v_t_20 = 0, y_3 = 0, y_t_2 = 0, v_31 = 0, v_t_21 = 0, v_32 = 0, v_t_22 = 0, v_33 = 0, v_t_23 = 0, c_3 = 0, c_t_2 = 0, v_34 = 0, v_t_24 = 0, v_35 = 0, v_t_25 = 0;
    v_28 = x_7 * x_7;
    v_t_18 = 2 * x_7;
    v_29 = K * x_7;
    v_t_19 = K;
    v_30 = v_28 - v_29;
    v_t_20 = v_t_18 + -v_t_19;
    y_3 = v_30;
    y_t_2 = v_t_20;
    if (x_7 > 1) {
        v_31 = 3.141592653589793 * x_7;
        v_t_21 = 3.141592653589793;
        v_32 = y_3 + v_31;
        v_t_22 = y_t_2 + v_t_21;
        y_3 = v_32;
        y_t_2 = v_t_22;
    }
    else {
        v_33 = y_3 * x_7;
        v_t_23 = x_7 * y_t_2 + y_3;
        y_3 = v_33;
        y_t_2 = v_t_23;
    }
    if (x_7 < 0) {
        v_34 = -y_3;
        v_t_24 = -y_t_2;
        c_3 = v_34;
        c_t_2 = v_t_24;
    }
    else {
        v_35 = y_3 / 2;
        v_t_25 = 0.5 * y_t_2;
        c_3 = v_35;
        c_t_2 = v_t_25;
    }
    return __typegrad.derivativeResult(c_3, c_t_2);
};
const hessian_2 = (x_8, x_v_2) => {
    const stack_2 = __typegrad.valueStack();
    let stored_2 = stack_2.data, top_2 = 0;
    let v_36 = 0, v_37 = 0, v_38 = 0, y_4 = 0, v_39 = 0, v_40 = 0, v_41 = 0, d_5 = 0, v_t_26 = 0, v_t_27 = 0, d_6 = 0, v_t_28 = 0, y_t_3 = 0, v_t_29 = 0, v_t_30 = 0, d_7 = 0, d_8 = 0, v_t_31 = 0, v_t_32 = 0, c_t_3 = 0, v_t_33 = 0, taken_3 = 0, taken_4 = 0, x_a_4 = 0, y_a_2 = 0, y_t_a_1 = 0, c_t_a_1 = 0;
    v_36 = x_8 * x_8;
    d_5 = 2 * x_8;
    v_t_26 = d_5 * x_v_2;
    v_37 = K * x_8;
    v_t_27 = K * x_v_2;
    v_38 = v_36 - v_37;
    d_6 = -v_t_27;
    v_t_28 = v_t_26 + d_6;
    while (top_2 + 2 > stored_2.length)
        stored_2 = stack_2.grow();
    stored_2[top_2++] = y_4;
    y_4 = v_38;
    stored_2[top_2++] = y_t_3;
    y_t_3 = v_t_28;
    taken_4 = x_8 > 1 ? 1 : 0;
    if (taken_4 === 1) {
        v_39 = 3.141592653589793 * x_8;
        v_t_29 = 3.141592653589793 * x_v_2;
        v_40 = y_4 + v_39;
        v_t_30 = y_t_3 + v_t_29;
        while (top_2 + 2 > stored_2.length)
            stored_2 = stack_2.grow();
        stored_2[top_2++] = y_4;
        y_4 = v_40;
        stored_2[top_2++] = y_t_3;
        y_t_3 = v_t_30;
    }
    else {
        v_41 = y_4 * x_8;
        d_7 = x_8 * y_t_3;
        d_8 = y_4 * x_v_2;
        v_t_31 = d_7 + d_8;
        while (top_2 + 2 > stored_2.length)
            stored_2 = stack_2.grow();
        stored_2[top_2++] = y_4;
        y_4 = v_41;
        stored_2[top_2++] = y_t_3;
        y_t_3 = v_t_31;
    }
    taken_3 = x_8 < 0 ? 1 : 0;
    if (taken_3 === 1) {
        v_t_32 = -y_t_3;
        c_t_3 = v_t_32;
    }
    else {
        v_t_33 = 0.5 * y_t_3;
        c_t_3 = v_t_33;
    }
    const value_4 = c_t_3;
    let v_a_14 = 0, d_a_5 = 0, v_t_a_4 = 0, v_a_15 = 0, v_a_16 = 0, v_t_a_5 = 0;
    c_t_a_1 = 1;
    if (taken_3 === 1) {
        let v_t_a_6 = 0;
        v_t_a_6 = c_t_a_1;
        c_t_a_1 = 0;
        y_t_a_1 += -v_t_a_6;
    }
    else {
        let v_t_a_7 = 0;
        v_t_a_7 = c_t_a_1;
        c_t_a_1 = 0;
        y_t_a_1 += 0.5 * v_t_a_7;
    }
    if (taken_4 === 1) {
        let v_a_17 = 0, v_a_18 = 0, v_t_a_8 = 0;
        v_t_a_8 = y_t_a_1;
        y_t_a_1 = 0;
        y_t_3 = stored_2[--top_2];
        v_a_18 = y_a_2;
        y_a_2 = 0;
        y_4 = stored_2[--top_2];
        y_t_a_1 = v_t_a_8;
        y_a_2 = v_a_18;
        v_a_17 = v_a_18;
        x_a_4 += 3.141592653589793 * v_a_17;
    }
    else {
        let v_a_19 = 0, d_a_6 = 0, d_a_7 = 0, v_t_a_9 = 0;
        v_t_a_9 = y_t_a_1;
        y_t_a_1 = 0;
        y_t_3 = stored_2[--top_2];
        v_a_19 = y_a_2;
        y_a_2 = 0;
        y_4 = stored_2[--top_2];
        d_a_6 = v_t_a_9;
        d_a_7 = v_t_a_9;
        y_a_2 = x_v_2 * d_a_7;
        x_a_4 += y_t_3 * d_a_6;
        y_t_a_1 = x_8 * d_a_6;
        y_a_2 += x_8 * v_a_19;
        x_a_4 += y_4 * v_a_19;
    }
    v_t_a_5 = y_t_a_1;
    y_t_a_1 = 0;
    y_t_3 = stored_2[--top_2];
    v_a_16 = y_a_2;
    y_a_2 = 0;
    y_4 = stored_2[--top_2];
    v_t_a_4 = v_t_a_5;
    v_a_14 = v_a_16;
    v_a_15 = -v_a_16;
    x_a_4 += K * v_a_15;
    d_a_5 = x_v_2 * v_t_a_4;
    x_a_4 += 2 * d_a_5;
    x_a_4 += (2 * x_8) * v_a_14;
    return __typegrad.reverseResult(value_4, [x_a_4]);
};
__typegrad.attach(h, __typegrad.withHessian(__typegrad.withReverse(__typegrad.withForward(h$ad, forward_2, derivative_2), gradient_2, "n"), hessian_2, "n"));
const gradient_3 = x_9 => {
    let v_42 = 0, v_43 = 0, v_44 = 0, x_a_5 = 0;
    v_42 = Math.sin(x_9);
    v_43 = x_9 + 1.4;
    v_44 = v_42 * v_43;
    const value_5 = v_44;
    let v_a_20 = 0, v_a_21 = 0, v_a_22 = 0;
    v_a_22 = 1;
    v_a_20 = v_43 * v_a_22;
    v_a_21 = v_42 * v_a_22;
    x_a_5 += v_a_21;
    x_a_5 += Math.cos(x_9) * v_a_20;
    return __typegrad.reverseResult(value_5, [x_a_5]);
};
const forward_3 = (x_10, x_t_3) => {
    let v_45 = 0, v_t_34 = 0, v_46 = 0, v_t_35 = 0, v_47 = 0, v_t_36 = 0;
    v_45 = Math.sin(x_10);
    v_t_34 = Math.cos(x_10) * x_t_3;
    v_46 = x_10 + 1.4;
    v_t_35 = x_t_3;
    v_47 = v_45 * v_46;
    v_t_36 = v_46 * v_t_34 + v_45 * v_t_35;
    return __typegrad.forwardResult(v_47, v_t_36);
};
const derivative_3 = x_11 => {
    let v_48 = 0, v_t_37 = 0, v_49 = 0, v_t_38 = 0, v_50 = 0, v_t_39 = 0;
    v_48 = Math.sin(x_11);
    v_t_37 = Math.cos(x_11);
    v_49 = x_11 + 1.4;
    v_t_38 = 1;
    v_50 = v_48 * v_49;
    v_t_39 = v_49 * v_t_37 + v_48 * v_t_38;
    return __typegrad.derivativeResult(v_50, v_t_39);
};
const hessian_3 = (x_12, x_v_3) => {
    let v_51 = 0, v_52 = 0, d_9 = 0, v_t_40 = 0, v_t_41 = 0, d_10 = 0, d_11 = 0, v_t_42 = 0, x_a_6 = 0;
    v_51 = Math.sin(x_12);
    d_9 = Math.cos(x_12);
    v_t_40 = d_9 * x_v_3;
    v_52 = x_12 + 1.4;
    v_t_41 = x_v_3;
    d_10 = v_52 * v_t_40;
    d_11 = v_51 * v_t_41;
    v_t_42 = d_10 + d_11;
    const value_6 = v_t_42;
    let v_a_23 = 0, d_a_8 = 0, v_t_a_10 = 0, v_a_24 = 0, d_a_9 = 0, d_a_10 = 0, v_t_a_11 = 0;
    v_t_a_11 = 1;
    d_a_9 = v_t_a_11;
    d_a_10 = v_t_a_11;
    v_a_23 = v_t_41 * d_a_10;
    v_a_24 = v_t_40 * d_a_9;
    v_t_a_10 = v_52 * d_a_9;
    x_a_6 += v_a_24;
    d_a_8 = x_v_3 * v_t_a_10;
    x_a_6 += (-Math.sin(x_12)) * d_a_8;
    x_a_6 += Math.cos(x_12) * v_a_23;
    return __typegrad.reverseResult(value_6, [x_a_6]);
};
const forward_4 = (x0_1, x0_t_1, x1_1, x1_t_1) => {
    let v_53 = 0, v_t_43 = 0, v_54 = 0, v_t_44 = 0, v_55 = 0, v_t_45 = 0;
    v_53 = Math.sin(x0_1);
    v_t_43 = Math.cos(x0_1) * x0_t_1;
    v_54 = x0_1 + x1_1;
    v_t_44 = x0_t_1 + x1_t_1;
    v_55 = v_53 * v_54;
    v_t_45 = v_54 * v_t_43 + v_53 * v_t_44;
    return __typegrad.forwardResult(v_55, v_t_45);
};
const gradient_4 = x_13 => {
    let v_56 = 0, x_a_7 = 0;
    v_56 = x_13 ** 3;
    const value_7 = v_56;
    let v_a_25 = 0;
    v_a_25 = 1;
    x_a_7 += (3 * (x_13 ** 2)) * v_a_25;
    return __typegrad.reverseResult(value_7, [x_a_7]);
};
const forward_5 = (x_14, x_t_4) => {
    let v_57 = 0, v_t_46 = 0;
    v_57 = x_14 ** 3;
    v_t_46 = (3 * (x_14 ** 2)) * x_t_4;
    return __typegrad.forwardResult(v_57, v_t_46);
};
const derivative_4 = x_15 => {
    let v_58 = 0, v_t_47 = 0;
    v_58 = x_15 ** 3;
    v_t_47 = 3 * (x_15 ** 2);
    return __typegrad.derivativeResult(v_58, v_t_47);
};
const hessian_4 = (x_16, x_v_4) => {
    let d_12 = 0, d_13 = 0, v_t_48 = 0, x_a_8 = 0;
    d_12 = x_16 ** 2;
    d_13 = 3 * d_12;
    v_t_48 = d_13 * x_v_4;
    const value_8 = v_t_48;
    let d_a_11 = 0, d_a_12 = 0, v_t_a_12 = 0;
    v_t_a_12 = 1;
    d_a_12 = x_v_4 * v_t_a_12;
    d_a_11 = 3 * d_a_12;
    x_a_8 += (2 * x_16) * d_a_11;
    return __typegrad.reverseResult(value_8, [x_a_8]);
};
const forward_6 = (x_17, x_t_5) => {
    let v_59 = 0, v_t_49 = 0;
    v_59 = x_17 ** 3;
    v_t_49 = (3 * (x_17 ** 2)) * x_t_5;
    return __typegrad.forwardResult(v_59, v_t_49);
};
const derivative_5 = x_18 => {
    let v_60 = 0, v_t_50 = 0;
    v_60 = x_18 ** 3;
    v_t_50 = 3 * (x_18 ** 2);
    return __typegrad.derivativeResult(v_60, v_t_50);
};
const K = 3;
const f = (x) => {
    const e = Math.exp(x * x);
    return e * e;
};
const f$ad = (x) => {
    const e = __typegrad.mathExp(__typegrad.mul(x, x));
    return __typegrad.mul(e, e);
};
__typegrad.attach(f, __typegrad.withHessian(__typegrad.withReverse(__typegrad.withForward(f$ad, forward_1, derivative_1), gradient_1, "n"), hessian_1, "n"));
const g = (x0, x1) => Math.sin(x0) * (x0 + x1);
const g$ad = (x0, x1) => __typegrad.mul(__typegrad.sin(x0), (__typegrad.add(x0, x1)));
__typegrad.attach(g, g$ad);
function h(x) {
    let y = square(x) - K * x;
    if (x > 1)
        y += Math.PI * x;
    else
        y *= x;
    return x < 0 ? -y : y / 2;
}
function h$ad(x) {
    let y = __typegrad.sub(square(x), __typegrad.mul(K, x));
    if (__typegrad.gt(x, 1))
        y = __typegrad.add(y, __typegrad.mul(Math.PI, x));
    else
        y = __typegrad.mul(y, x);
    return __typegrad.lt(x, 0) ? __typegrad.neg(y) : __typegrad.div(y, 2);
}
export const checks = [
    { f, at: [0.5], grad: derivative(__typegrad.withForward(f$ad, forward_1, derivative_1)) },
    { f: __typegrad.attach((x) => g(x, 1.4), __typegrad.withHessian(__typegrad.withReverse(__typegrad.withForward((x) => g$ad(x, 1.4), forward_3, derivative_3), gradient_3, "n"), hessian_3, "n")), at: [0.6], grad: (x) => jvp(__typegrad.withForward(g$ad, forward_4), [x, 1.4], [1, 0])[1] },
    { f: h, at: [1.5], grad: derivative(__typegrad.withForward(h$ad, forward_2, derivative_2)) },
    { f: h, at: [0.5], grad: derivative(__typegrad.withForward(h$ad, forward_2, derivative_2)) },
    { f: h, at: [-0.5], grad: derivative(__typegrad.withForward(h$ad, forward_2, derivative_2)) },
    { f: __typegrad.attach((x) => x ** 3, __typegrad.withHessian(__typegrad.withReverse(__typegrad.withForward((x) => __typegrad.pow(x, 3), forward_5, derivative_4), gradient_4, "n"), hessian_4, "n")), at: [2], grad: derivative(__typegrad.withForward((x) => __typegrad.pow(x, 3), forward_6, derivative_5)) },
];
