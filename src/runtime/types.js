/**
 * The user-facing types. `Var` and `Dual` are `number` to the type checker, told apart by an
 * optional brand, so plain arithmetic on them type-checks with `tsc --strict` and a plain
 * number is accepted wherever one is expected. At run time they are objects (see `active.ts`)
 * and the typegrad transformer rewrites the arithmetic into runtime calls.
 */
export {};
