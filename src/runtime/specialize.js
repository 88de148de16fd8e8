/**
 * One compiled function per primitive. The generic path (`lift1`/`lift2`) calls a rule's
 * number implementation and partials through the rule object, and those call sites see every
 * rule, so V8 can neither inline nor predict them. Each primitive therefore gets its own copy
 * of a small dispatch function, compiled from the same source text with `new Function`, in
 * which the rule's functions are fixed: V8 then inlines them. The copy handles the hot cases —
 * numbers, and first-order values of one open level — and hands everything else (nesting,
 * mixed levels, tracing, debugNans, errors) to the generic path. The rules themselves are still written
 * once, in rules.ts; this file only decides how they are called.
 *
 * Where `new Function` is not allowed (a Content-Security-Policy without 'unsafe-eval'), the
 * generic function is used as it is.
 */
import { DualNum, VarNum } from "./active.js";
import { nanWatch } from "./nans.js";
const UNARY = `
return function NAME(x) {
  if (typeof x === "number") return num(x);
  if (x instanceof VarNum) {
    const t = x.level, v = x.v;
    if (t.open && t.trace === null && !watch.on && typeof v === "number") { const y = num(v); return t.push1(y, x.i, d(v, y)); }
  } else if (x instanceof DualNum) {
    const g = x.level, v = x.v, dv = x.d;
    if (g.open && !watch.on && typeof v === "number" && typeof dv === "number") { const y = num(v); return new DualNum(y, d(v, y) * dv, g); }
  }
  return generic(x);
};`;
const BINARY = `
return function NAME(a, b) {
  if (typeof a === "number") {
    if (typeof b === "number") return num(a, b);
    if (b instanceof VarNum) {
      const t = b.level, bv = b.v;
      if (t.open && t.trace === null && !watch.on && typeof bv === "number") { const y = num(a, bv); return t.push1(y, b.i, dy(a, bv, y)); }
    } else if (b instanceof DualNum) {
      const g = b.level, bv = b.v, bd = b.d;
      if (g.open && !watch.on && typeof bv === "number" && typeof bd === "number") { const y = num(a, bv); return new DualNum(y, dy(a, bv, y) * bd, g); }
    }
  } else if (a instanceof VarNum) {
    const t = a.level, av = a.v;
    if (t.open && t.trace === null && !watch.on && typeof av === "number") {
      if (typeof b === "number") { const y = num(av, b); return t.push1(y, a.i, dx(av, b, y)); }
      if (b instanceof VarNum && b.level === t) {
        const bv = b.v;
        if (typeof bv === "number") { const y = num(av, bv); return t.push2(y, a.i, dx(av, bv, y), b.i, dy(av, bv, y)); }
      }
    }
  } else if (a instanceof DualNum) {
    const g = a.level, av = a.v, ad = a.d;
    if (g.open && !watch.on && typeof av === "number" && typeof ad === "number") {
      if (typeof b === "number") { const y = num(av, b); return new DualNum(y, dx(av, b, y) * ad, g); }
      if (b instanceof DualNum && b.level === g) {
        const bv = b.v, bd = b.d;
        if (typeof bv === "number" && typeof bd === "number") {
          const y = num(av, bv);
          return new DualNum(y, dx(av, bv, y) * ad + dy(av, bv, y) * bd, g);
        }
      }
    }
  }
  return generic(a, b);
};`;
function compile(source, name, names, values, fallback) {
    try {
        const safeName = /^[A-Za-z_$][\w$]*$/.test(name) ? name : "primitive";
        return new Function("VarNum", "DualNum", "watch", ...names, source.replace("NAME", safeName))(VarNum, DualNum, nanWatch, ...values);
    }
    catch {
        return fallback;
    }
}
/** A compiled dispatch function for a one-argument rule; `generic` handles the rest. */
export function specialize1(name, num, d, generic) {
    return compile(UNARY, name, ["num", "d", "generic"], [num, d, generic], (x) => (typeof x === "number" ? num(x) : generic(x)));
}
/** A compiled dispatch function for a two-argument rule; `generic` handles the rest. */
export function specialize2(name, num, dx, dy, generic) {
    return compile(BINARY, name, ["num", "dx", "dy", "generic"], [num, dx, dy, generic], (a, b) => typeof a === "number" && typeof b === "number" ? num(a, b) : generic(a, b));
}
