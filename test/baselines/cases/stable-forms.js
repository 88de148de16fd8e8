// The logistic and softplus formulas become typegrad's overflow-free primitives.
import { grad } from "typegrad";
import * as __typegrad from "typegrad";
const logistic = (z) => 1 / (1 + Math.exp(-z));
const logistic$ad = (z) => __typegrad.sigmoid(z);
const flipped = (z) => 1 / (Math.exp(-(2 * z)) + 1);
const flipped$ad = (z) => __typegrad.sigmoid((__typegrad.mul(2, z)));
const softplus = (z) => Math.log(1 + Math.exp(z)) + Math.log1p(Math.exp(z));
const softplus$ad = (z) => __typegrad.add(__typegrad.softplus(z), __typegrad.softplus(z));
const notLogistic = (z) => 2 / (1 + Math.exp(-z)) + 1 / (1 + Math.exp(z));
const notLogistic$ad = (z) => __typegrad.add(__typegrad.div(2, (__typegrad.add(1, __typegrad.exp(__typegrad.neg(z))))), __typegrad.div(1, (__typegrad.add(1, __typegrad.exp(z)))));
export const checks = [
    { f: logistic, at: [0.5], grad: grad(logistic$ad) },
    { f: flipped, at: [-0.3], grad: grad(flipped$ad) },
    { f: softplus, at: [1.5], grad: grad(softplus$ad) },
    { f: notLogistic, at: [0.2], grad: grad(notLogistic$ad) },
];
