"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
exports.dSquare = void 0;
exports.square = square;
exports.square$ad = square$ad;
// @module: commonjs
// CommonJS output: the runtime import becomes a require, twins are exported like their originals.
const typegrad_1 = require("typegrad");
const __typegrad = __importStar(require("typegrad"));
__typegrad.attach(square, square$ad);
const gradient_1 = x_1 => {
    let v_1 = 0, v_2 = 0, x_a_1 = 0;
    v_1 = x_1 * x_1;
    v_2 = v_1 + 1;
    const value_1 = v_2;
    let v_a_1 = 0, v_a_2 = 0;
    v_a_2 = 1;
    v_a_1 = v_a_2;
    x_a_1 += x_1 * v_a_1;
    x_a_1 += x_1 * v_a_1;
    return __typegrad.reverseResult(value_1, [x_a_1]);
};
function square(x) {
    return x * x;
}
function square$ad(x) {
    return __typegrad.mul(x, x);
}
exports.dSquare = (0, typegrad_1.grad)(__typegrad.withReverse((x) => __typegrad.add(square$ad(x), 1), gradient_1, "n"));
