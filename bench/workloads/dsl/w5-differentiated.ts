/** Makes the functions of w5-shared.ts differentiable code: they are handed to `grad` here. */
import { grad } from "typegrad";
import { f5, rosen5 } from "./w5-shared.js";

export const gradF5 = grad(f5);
export const gradRosen5 = grad(rosen5);
