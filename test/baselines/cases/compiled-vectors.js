// @explain: true
// Compiled code of functions with several outputs (an array written out), as `jacfwd`,
// `jacrev` and `vjp` get it: forward code takes each array with its tangent array and returns
// values and tangents; reverse code is seeded by a cotangent, one number per output.
import { jacfwd, jacobian, jacrev, vjp } from "typegrad";
import * as __typegrad from "typegrad";
__typegrad.attach(ring, ring$ad);
__typegrad.attach(polar, polar$ad);
__typegrad.attach(summary, summary$ad);
const vectorForward_1 = (x_1, x_t_1) => {
    let v_1 = 0, v_t_1 = 0, v_2 = 0, v_t_2 = 0, v_3 = 0, v_t_3 = 0, v_4 = 0, v_t_4 = 0, v_5 = 0, v_t_5 = 0, v_6 = 0, v_t_6 = 0, v_7 = 0, v_t_7 = 0, v_8 = 0, v_t_8 = 0, v_9 = 0, v_t_9 = 0, v_10 = 0, v_t_10 = 0, v_11 = 0, v_t_11 = 0, v_12 = 0, v_t_12 = 0, v_13 = 0, v_t_13 = 0, v_14 = 0, v_t_14 = 0, v_15 = 0, v_t_15 = 0, v_16 = 0, v_t_16 = 0, v_17 = 0, v_t_17 = 0, v_18 = 0, v_t_18 = 0, v_19 = 0, v_t_19 = 0, v_20 = 0, v_t_20 = 0, v_21 = 0, v_t_21 = 0;
    v_1 = Math.sin(x_1[0]);
    v_t_1 = Math.cos(x_1[0]) * x_t_1[0];
    v_2 = v_1 * x_1[1];
    v_t_2 = x_1[1] * v_t_1 + v_1 * x_t_1[1];
    v_3 = x_1[2] * x_1[2];
    v_t_3 = x_1[2] * x_t_1[2] + x_1[2] * x_t_1[2];
    v_4 = x_1[0] * x_1[0];
    v_t_4 = x_1[0] * x_t_1[0] + x_1[0] * x_t_1[0];
    v_5 = 1 + v_4;
    v_t_5 = v_t_4;
    v_6 = v_3 / v_5;
    v_t_6 = (1 / v_5) * v_t_3 + (-(v_6 / v_5)) * v_t_5;
    v_7 = v_2 - v_6;
    v_t_7 = v_t_2 + -v_t_6;
    v_8 = Math.sin(x_1[1]);
    v_t_8 = Math.cos(x_1[1]) * x_t_1[1];
    v_9 = v_8 * x_1[2];
    v_t_9 = x_1[2] * v_t_8 + v_8 * x_t_1[2];
    v_10 = x_1[0] * x_1[0];
    v_t_10 = x_1[0] * x_t_1[0] + x_1[0] * x_t_1[0];
    v_11 = x_1[1] * x_1[1];
    v_t_11 = x_1[1] * x_t_1[1] + x_1[1] * x_t_1[1];
    v_12 = 1 + v_11;
    v_t_12 = v_t_11;
    v_13 = v_10 / v_12;
    v_t_13 = (1 / v_12) * v_t_10 + (-(v_13 / v_12)) * v_t_12;
    v_14 = v_9 - v_13;
    v_t_14 = v_t_9 + -v_t_13;
    v_15 = Math.sin(x_1[2]);
    v_t_15 = Math.cos(x_1[2]) * x_t_1[2];
    v_16 = v_15 * x_1[0];
    v_t_16 = x_1[0] * v_t_15 + v_15 * x_t_1[0];
    v_17 = x_1[1] * x_1[1];
    v_t_17 = x_1[1] * x_t_1[1] + x_1[1] * x_t_1[1];
    v_18 = x_1[2] * x_1[2];
    v_t_18 = x_1[2] * x_t_1[2] + x_1[2] * x_t_1[2];
    v_19 = 1 + v_18;
    v_t_19 = v_t_18;
    v_20 = v_17 / v_19;
    v_t_20 = (1 / v_19) * v_t_17 + (-(v_20 / v_19)) * v_t_19;
    v_21 = v_16 - v_20;
    v_t_21 = v_t_16 + -v_t_20;
    return __typegrad.forwardVector([v_7, v_14, v_21], [v_t_7, v_t_14, v_t_21]);
};
const vectorJacobian_1 = x_2 => {
    let v_22 = 0, v_23 = 0, v_24 = 0, v_25 = 0, v_26 = 0, v_27 = 0, v_28 = 0, v_29 = 0, v_30 = 0, v_31 = 0, v_32 = 0, v_33 = 0, v_34 = 0, v_35 = 0, v_36 = 0, v_37 = 0, v_38 = 0, v_39 = 0, v_40 = 0, v_41 = 0, v_42 = 0, v_p_1 = 0, v_p_2 = 0, v_p_3 = 0, v_p_4 = 0, v_p_5 = 0, v_p_6 = 0, v_p_7 = 0, v_p_8 = 0, v_p_9 = 0, v_t_22 = 0, v_t_23 = 0, v_t_24 = 0, v_t_25 = 0, v_t_26 = 0, v_t_27 = 0, v_t_28 = 0, v_t_29 = 0, v_t_30 = 0, v_t_31 = 0, v_t_32 = 0, v_t_33 = 0, v_t_34 = 0, v_t_35 = 0, v_t_36 = 0, v_t_37 = 0, v_t_38 = 0, v_t_39 = 0, v_t_40 = 0, v_t_41 = 0, v_t_42 = 0;
    v_22 = Math.sin(x_2[0]);
    v_p_1 = Math.cos(x_2[0]);
    v_23 = v_22 * x_2[1];
    v_24 = x_2[2] * x_2[2];
    v_25 = x_2[0] * x_2[0];
    v_26 = 1 + v_25;
    v_27 = v_24 / v_26;
    v_p_2 = 1 / v_26;
    v_p_3 = -(v_27 / v_26);
    v_28 = v_23 - v_27;
    v_29 = Math.sin(x_2[1]);
    v_p_4 = Math.cos(x_2[1]);
    v_30 = v_29 * x_2[2];
    v_31 = x_2[0] * x_2[0];
    v_32 = x_2[1] * x_2[1];
    v_33 = 1 + v_32;
    v_34 = v_31 / v_33;
    v_p_5 = 1 / v_33;
    v_p_6 = -(v_34 / v_33);
    v_35 = v_30 - v_34;
    v_36 = Math.sin(x_2[2]);
    v_p_7 = Math.cos(x_2[2]);
    v_37 = v_36 * x_2[0];
    v_38 = x_2[1] * x_2[1];
    v_39 = x_2[2] * x_2[2];
    v_40 = 1 + v_39;
    v_41 = v_38 / v_40;
    v_p_8 = 1 / v_40;
    v_p_9 = -(v_41 / v_40);
    v_42 = v_37 - v_41;
    if (!(v_28 >= 0 || v_28 < 0))
        return void 0;
    if (!(v_35 >= 0 || v_35 < 0))
        return void 0;
    if (!(v_42 >= 0 || v_42 < 0))
        return void 0;
    const n_1 = x_2.length, x_t_2 = new Float64Array(n_1), J_1 = new Array(n_1), J_2 = new Array(n_1), J_3 = new Array(n_1);
    for (let j_1 = 0; j_1 < n_1; j_1++) {
        x_t_2[j_1] = 1;
        v_t_22 = v_p_1 * x_t_2[0];
        v_t_23 = x_2[1] * v_t_22 + v_22 * x_t_2[1];
        v_t_24 = x_2[2] * x_t_2[2] + x_2[2] * x_t_2[2];
        v_t_25 = x_2[0] * x_t_2[0] + x_2[0] * x_t_2[0];
        v_t_26 = v_t_25;
        v_t_27 = v_p_2 * v_t_24 + v_p_3 * v_t_26;
        v_t_28 = v_t_23 + -v_t_27;
        v_t_29 = v_p_4 * x_t_2[1];
        v_t_30 = x_2[2] * v_t_29 + v_29 * x_t_2[2];
        v_t_31 = x_2[0] * x_t_2[0] + x_2[0] * x_t_2[0];
        v_t_32 = x_2[1] * x_t_2[1] + x_2[1] * x_t_2[1];
        v_t_33 = v_t_32;
        v_t_34 = v_p_5 * v_t_31 + v_p_6 * v_t_33;
        v_t_35 = v_t_30 + -v_t_34;
        v_t_36 = v_p_7 * x_t_2[2];
        v_t_37 = x_2[0] * v_t_36 + v_36 * x_t_2[0];
        v_t_38 = x_2[1] * x_t_2[1] + x_2[1] * x_t_2[1];
        v_t_39 = x_2[2] * x_t_2[2] + x_2[2] * x_t_2[2];
        v_t_40 = v_t_39;
        v_t_41 = v_p_8 * v_t_38 + v_p_9 * v_t_40;
        v_t_42 = v_t_37 + -v_t_41;
        J_1[j_1] = v_t_28;
        J_2[j_1] = v_t_35;
        J_3[j_1] = v_t_42;
        x_t_2[j_1] = 0;
    }
    return [J_1, J_2, J_3];
};
const vectorReverse_1 = (cotangent_1, x_3) => {
    let v_43 = 0, v_44 = 0, v_45 = 0, v_46 = 0, v_47 = 0, v_48 = 0, v_49 = 0, v_50 = 0, v_51 = 0, v_52 = 0, v_53 = 0, v_54 = 0, v_55 = 0, v_56 = 0, v_57 = 0, v_58 = 0, v_59 = 0, v_60 = 0, v_61 = 0, v_62 = 0, v_63 = 0, v_p_10 = 0, v_p_11 = 0, v_p_12 = 0, v_p_13 = 0, v_p_14 = 0, v_p_15 = 0, v_p_16 = 0, v_p_17 = 0, v_p_18 = 0;
    v_43 = Math.sin(x_3[0]);
    v_44 = v_43 * x_3[1];
    v_45 = x_3[2] * x_3[2];
    v_46 = x_3[0] * x_3[0];
    v_47 = 1 + v_46;
    v_48 = v_45 / v_47;
    v_49 = v_44 - v_48;
    v_50 = Math.sin(x_3[1]);
    v_51 = v_50 * x_3[2];
    v_52 = x_3[0] * x_3[0];
    v_53 = x_3[1] * x_3[1];
    v_54 = 1 + v_53;
    v_55 = v_52 / v_54;
    v_56 = v_51 - v_55;
    v_57 = Math.sin(x_3[2]);
    v_58 = v_57 * x_3[0];
    v_59 = x_3[1] * x_3[1];
    v_60 = x_3[2] * x_3[2];
    v_61 = 1 + v_60;
    v_62 = v_59 / v_61;
    v_63 = v_58 - v_62;
    const value_1 = [v_49, v_56, v_63];
    if (cotangent_1 === void 0)
        return value_1;
    v_p_10 = 1 / v_61;
    v_p_11 = -(v_62 / v_61);
    v_p_12 = Math.cos(x_3[2]);
    v_p_13 = 1 / v_54;
    v_p_14 = -(v_55 / v_54);
    v_p_15 = Math.cos(x_3[1]);
    v_p_16 = 1 / v_47;
    v_p_17 = -(v_48 / v_47);
    v_p_18 = Math.cos(x_3[0]);
    if (typeof cotangent_1 === "number") {
        const rows_1 = [], seeds_1 = new Array(value_1.length).fill(0);
        for (let row_1 = 0; row_1 < value_1.length; row_1++) {
            const cotangent_1 = seeds_1;
            seeds_1[row_1] = 1;
            const x_g_1 = new Array(x_3.length).fill(0);
            let v_a_1 = 0, v_a_2 = 0, v_a_3 = 0, v_a_4 = 0, v_a_5 = 0, v_a_6 = 0, v_a_7 = 0, v_a_8 = 0, v_a_9 = 0, v_a_10 = 0, v_a_11 = 0, v_a_12 = 0, v_a_13 = 0, v_a_14 = 0, v_a_15 = 0, v_a_16 = 0, v_a_17 = 0, v_a_18 = 0, v_a_19 = 0, v_a_20 = 0, v_a_21 = 0;
            v_a_7 = cotangent_1[0];
            v_a_14 = cotangent_1[1];
            v_a_21 = cotangent_1[2];
            v_a_16 = v_a_21;
            v_a_20 = -v_a_21;
            v_a_17 = v_p_10 * v_a_20;
            v_a_19 = v_p_11 * v_a_20;
            v_a_18 = v_a_19;
            x_g_1[2] += x_3[2] * v_a_18;
            x_g_1[2] += x_3[2] * v_a_18;
            x_g_1[1] += x_3[1] * v_a_17;
            x_g_1[1] += x_3[1] * v_a_17;
            v_a_15 = x_3[0] * v_a_16;
            x_g_1[0] += v_57 * v_a_16;
            x_g_1[2] += v_p_12 * v_a_15;
            v_a_9 = v_a_14;
            v_a_13 = -v_a_14;
            v_a_10 = v_p_13 * v_a_13;
            v_a_12 = v_p_14 * v_a_13;
            v_a_11 = v_a_12;
            x_g_1[1] += x_3[1] * v_a_11;
            x_g_1[1] += x_3[1] * v_a_11;
            x_g_1[0] += x_3[0] * v_a_10;
            x_g_1[0] += x_3[0] * v_a_10;
            v_a_8 = x_3[2] * v_a_9;
            x_g_1[2] += v_50 * v_a_9;
            x_g_1[1] += v_p_15 * v_a_8;
            v_a_2 = v_a_7;
            v_a_6 = -v_a_7;
            v_a_3 = v_p_16 * v_a_6;
            v_a_5 = v_p_17 * v_a_6;
            v_a_4 = v_a_5;
            x_g_1[0] += x_3[0] * v_a_4;
            x_g_1[0] += x_3[0] * v_a_4;
            x_g_1[2] += x_3[2] * v_a_3;
            x_g_1[2] += x_3[2] * v_a_3;
            v_a_1 = x_3[1] * v_a_2;
            x_g_1[1] += v_43 * v_a_2;
            x_g_1[0] += v_p_18 * v_a_1;
            seeds_1[row_1] = 0;
            rows_1.push([x_g_1]);
        }
        return rows_1;
    }
    const x_g_1 = new Array(x_3.length).fill(0);
    let v_a_1 = 0, v_a_2 = 0, v_a_3 = 0, v_a_4 = 0, v_a_5 = 0, v_a_6 = 0, v_a_7 = 0, v_a_8 = 0, v_a_9 = 0, v_a_10 = 0, v_a_11 = 0, v_a_12 = 0, v_a_13 = 0, v_a_14 = 0, v_a_15 = 0, v_a_16 = 0, v_a_17 = 0, v_a_18 = 0, v_a_19 = 0, v_a_20 = 0, v_a_21 = 0;
    v_a_7 = cotangent_1[0];
    v_a_14 = cotangent_1[1];
    v_a_21 = cotangent_1[2];
    v_a_16 = v_a_21;
    v_a_20 = -v_a_21;
    v_a_17 = v_p_10 * v_a_20;
    v_a_19 = v_p_11 * v_a_20;
    v_a_18 = v_a_19;
    x_g_1[2] += x_3[2] * v_a_18;
    x_g_1[2] += x_3[2] * v_a_18;
    x_g_1[1] += x_3[1] * v_a_17;
    x_g_1[1] += x_3[1] * v_a_17;
    v_a_15 = x_3[0] * v_a_16;
    x_g_1[0] += v_57 * v_a_16;
    x_g_1[2] += v_p_12 * v_a_15;
    v_a_9 = v_a_14;
    v_a_13 = -v_a_14;
    v_a_10 = v_p_13 * v_a_13;
    v_a_12 = v_p_14 * v_a_13;
    v_a_11 = v_a_12;
    x_g_1[1] += x_3[1] * v_a_11;
    x_g_1[1] += x_3[1] * v_a_11;
    x_g_1[0] += x_3[0] * v_a_10;
    x_g_1[0] += x_3[0] * v_a_10;
    v_a_8 = x_3[2] * v_a_9;
    x_g_1[2] += v_50 * v_a_9;
    x_g_1[1] += v_p_15 * v_a_8;
    v_a_2 = v_a_7;
    v_a_6 = -v_a_7;
    v_a_3 = v_p_16 * v_a_6;
    v_a_5 = v_p_17 * v_a_6;
    v_a_4 = v_a_5;
    x_g_1[0] += x_3[0] * v_a_4;
    x_g_1[0] += x_3[0] * v_a_4;
    x_g_1[2] += x_3[2] * v_a_3;
    x_g_1[2] += x_3[2] * v_a_3;
    v_a_1 = x_3[1] * v_a_2;
    x_g_1[1] += v_43 * v_a_2;
    x_g_1[0] += v_p_18 * v_a_1;
    return __typegrad.reverseVector(value_1, [x_g_1]);
};
const vectorForward_2 = (r_1, r_t_1, theta_1, theta_t_1) => {
    let result0_1 = 0, result0_t_1 = 0, result1_1 = 0, result1_t_1 = 0, v_64 = 0, v_t_43 = 0, v_65 = 0, v_t_44 = 0, v_66 = 0, v_t_45 = 0, v_67 = 0, v_t_46 = 0;
    if (r_1 < 0) {
        result0_1 = 0;
        result0_t_1 = 0;
        result1_1 = 0;
        result1_t_1 = 0;
    }
    else {
        v_64 = Math.cos(theta_1);
        v_t_43 = (-Math.sin(theta_1)) * theta_t_1;
        v_65 = r_1 * v_64;
        v_t_44 = v_64 * r_t_1 + r_1 * v_t_43;
        v_66 = Math.sin(theta_1);
        v_t_45 = Math.cos(theta_1) * theta_t_1;
        v_67 = r_1 * v_66;
        v_t_46 = v_66 * r_t_1 + r_1 * v_t_45;
        result0_1 = v_65;
        result0_t_1 = v_t_44;
        result1_1 = v_67;
        result1_t_1 = v_t_46;
    }
    return __typegrad.forwardVector([result0_1, result1_1], [result0_t_1, result1_t_1]);
};
const vectorReverse_2 = (cotangent_2, r_2, theta_2) => {
    let result0_2 = 0, result1_2 = 0, v_68 = 0, v_69 = 0, v_70 = 0, v_71 = 0, taken_1 = 0, r_a_1 = 0, theta_a_1 = 0, result0_a_1 = 0, result1_a_1 = 0;
    taken_1 = r_2 < 0 ? 1 : 0;
    if (taken_1 === 1) {
        result0_2 = 0;
        result1_2 = 0;
    }
    else {
        v_68 = Math.cos(theta_2);
        v_69 = r_2 * v_68;
        v_70 = Math.sin(theta_2);
        v_71 = r_2 * v_70;
        result0_2 = v_69;
        result1_2 = v_71;
    }
    const value_2 = [result0_2, result1_2];
    if (cotangent_2 === void 0)
        return value_2;
    if (typeof cotangent_2 === "number") {
        const rows_2 = [], seeds_2 = new Array(value_2.length).fill(0);
        for (let row_2 = 0; row_2 < value_2.length; row_2++) {
            const cotangent_2 = seeds_2;
            seeds_2[row_2] = 1;
            r_a_1 = 0;
            theta_a_1 = 0;
            result0_a_1 = 0;
            result1_a_1 = 0;
            result0_a_1 = cotangent_2[0];
            result1_a_1 = cotangent_2[1];
            if (taken_1 === 1) {
                result1_a_1 = 0;
                result0_a_1 = 0;
            }
            else {
                let v_a_22 = 0, v_a_23 = 0, v_a_24 = 0, v_a_25 = 0;
                v_a_25 = result1_a_1;
                result1_a_1 = 0;
                v_a_23 = result0_a_1;
                result0_a_1 = 0;
                r_a_1 += v_70 * v_a_25;
                v_a_24 = r_2 * v_a_25;
                theta_a_1 += Math.cos(theta_2) * v_a_24;
                r_a_1 += v_68 * v_a_23;
                v_a_22 = r_2 * v_a_23;
                theta_a_1 += (-Math.sin(theta_2)) * v_a_22;
            }
            seeds_2[row_2] = 0;
            rows_2.push([r_a_1, theta_a_1]);
        }
        return rows_2;
    }
    result0_a_1 += cotangent_2[0];
    result1_a_1 += cotangent_2[1];
    if (taken_1 === 1) {
        result1_a_1 = 0;
        result0_a_1 = 0;
    }
    else {
        let v_a_22 = 0, v_a_23 = 0, v_a_24 = 0, v_a_25 = 0;
        v_a_25 = result1_a_1;
        result1_a_1 = 0;
        v_a_23 = result0_a_1;
        result0_a_1 = 0;
        r_a_1 += v_70 * v_a_25;
        v_a_24 = r_2 * v_a_25;
        theta_a_1 += Math.cos(theta_2) * v_a_24;
        r_a_1 += v_68 * v_a_23;
        v_a_22 = r_2 * v_a_23;
        theta_a_1 += (-Math.sin(theta_2)) * v_a_22;
    }
    return __typegrad.reverseVector(value_2, [r_a_1, theta_a_1]);
};
const vectorReverse_3 = (cotangent_3, v_72, scale_1) => {
    let s_1 = 0, v_73 = 0, v_74 = 0, v_75 = 0, scale_a_1 = 0, s_a_1 = 0;
    s_1 = 0;
    for (let i_1 = 0; i_1 < v_72.length; i_1++) {
        v_73 = scale_1 * v_72[i_1];
        v_74 = v_73 * v_72[i_1];
        v_75 = s_1 + v_74;
        s_1 = v_75;
    }
    const value_3 = [s_1, v_72[0]];
    if (cotangent_3 === void 0)
        return value_3;
    if (typeof cotangent_3 === "number") {
        const rows_3 = [], seeds_3 = new Array(value_3.length).fill(0);
        for (let row_3 = 0; row_3 < value_3.length; row_3++) {
            const cotangent_3 = seeds_3;
            seeds_3[row_3] = 1;
            scale_a_1 = 0;
            s_a_1 = 0;
            const v_g_1 = new Float64Array(v_72.length);
            s_a_1 = cotangent_3[0];
            v_g_1[0] += cotangent_3[1];
            for (let k_1 = (Math.max(0, Math.ceil(v_72.length)) | 0) - 1; k_1 >= 0; k_1--) {
                const i_1 = k_1;
                v_73 = scale_1 * v_72[i_1];
                let v_a_26 = 0, v_a_27 = 0, v_a_28 = 0;
                v_a_28 = s_a_1;
                s_a_1 = 0;
                s_a_1 = v_a_28;
                v_a_27 = v_a_28;
                v_a_26 = v_72[i_1] * v_a_27;
                v_g_1[i_1] += v_73 * v_a_27;
                scale_a_1 += v_72[i_1] * v_a_26;
                v_g_1[i_1] += scale_1 * v_a_26;
            }
            s_a_1 = 0;
            seeds_3[row_3] = 0;
            rows_3.push([v_g_1, scale_a_1]);
        }
        return rows_3;
    }
    const v_g_1 = new Float64Array(v_72.length);
    s_a_1 += cotangent_3[0];
    v_g_1[0] += cotangent_3[1];
    for (let k_1 = (Math.max(0, Math.ceil(v_72.length)) | 0) - 1; k_1 >= 0; k_1--) {
        const i_1 = k_1;
        v_73 = scale_1 * v_72[i_1];
        let v_a_26 = 0, v_a_27 = 0, v_a_28 = 0;
        v_a_28 = s_a_1;
        s_a_1 = 0;
        s_a_1 = v_a_28;
        v_a_27 = v_a_28;
        v_a_26 = v_72[i_1] * v_a_27;
        v_g_1[i_1] += v_73 * v_a_27;
        scale_a_1 += v_72[i_1] * v_a_26;
        v_g_1[i_1] += scale_1 * v_a_26;
    }
    s_a_1 = 0;
    return __typegrad.reverseVector(value_3, [v_g_1, scale_a_1]);
};
function coupling(left, mid, right) {
    return Math.sin(mid) * right - (left * left) / (1 + mid * mid);
}
function coupling$ad(left, mid, right) {
    return __typegrad.sub(__typegrad.mul(__typegrad.sin(mid), right), __typegrad.div((__typegrad.mul(left, left)), (__typegrad.add(1, __typegrad.mul(mid, mid)))));
}
// A ring of three, written out entry by entry with a helper (inlined).
export function ring(x) {
    return [coupling(x[2], x[0], x[1]), coupling(x[0], x[1], x[2]), coupling(x[1], x[2], x[0])];
}
export function ring$ad(x) {
    return [coupling$ad(x[2], x[0], x[1]), coupling$ad(x[0], x[1], x[2]), coupling$ad(x[1], x[2], x[0])];
}
// Polar to Cartesian, with a guard returning early: two numbers in, two out.
export function polar(r, theta) {
    if (r < 0)
        return [0, 0];
    return [r * Math.cos(theta), r * Math.sin(theta)];
}
export function polar$ad(r, theta) {
    if (__typegrad.lt(r, 0))
        return [0, 0];
    return [__typegrad.mul(r, __typegrad.cos(theta)), __typegrad.mul(r, __typegrad.sin(theta))];
}
// A running sum over an array, returned with an element of the array.
export function summary(v, scale) {
    let s = 0;
    for (const x of v)
        s += scale * x * x;
    return [s, v[0]];
}
export function summary$ad(v, scale) {
    let s = 0;
    for (const x of v)
        s = __typegrad.add(s, __typegrad.mul(__typegrad.mul(scale, x), x));
    return [s, v[0]];
}
export const jf = jacfwd(__typegrad.withVector(ring$ad, vectorForward_1, void 0, "a", 3, vectorJacobian_1));
export const jr = jacrev(__typegrad.withVector(ring$ad, void 0, vectorReverse_1, "a", 3));
export const jp = jacobian(__typegrad.withVector(polar$ad, vectorForward_2, vectorReverse_2, "nn", 2));
export const pullback = (v) => vjp(__typegrad.withVector(summary$ad, void 0, vectorReverse_3, "an", 2), v, 2)[1]([1, -1]);
