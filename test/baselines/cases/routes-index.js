// Functions as values, part 3: a barrel module re-exporting the objectives.
export * from "./routes-objectives.js";
export { rosenbrock as banana } from "./routes-objectives.js";
