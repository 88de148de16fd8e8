/** The final table (printed and written into RESULTS.md). */
import type { Row } from "./types.js";
import { GOALS } from "./registry.js";

export function fmtRatio(x: number | undefined): string {
  if (x === undefined || !Number.isFinite(x)) return "–";
  if (x >= 100) return x.toFixed(0);
  if (x >= 10) return x.toFixed(1);
  return x.toFixed(2);
}

export function fmtNs(ns: number | undefined): string {
  if (ns === undefined || !Number.isFinite(ns)) return "–";
  if (ns < 1e3) return `${ns.toFixed(ns < 10 ? 2 : 1)} ns`;
  if (ns < 1e6) return `${(ns / 1e3).toFixed(ns < 1e4 ? 2 : 1)} µs`;
  if (ns < 1e9) return `${(ns / 1e6).toFixed(ns < 1e7 ? 2 : 1)} ms`;
  return `${(ns / 1e9).toFixed(2)} s`;
}

function goal(r: Row): string {
  if (r.workload === "W6") return r.contender.includes("transformer") || r.contender === "typegrad build" ? "≤ 1.3" : "";
  if (r.workload === "W7") return r.contender.includes("transformer") ? "≤ 1.1" : "";
  const isTypegrad = r.contender.startsWith("typegrad") || r.contender.startsWith("shared fn, transformer");
  if (!isTypegrad) return "";
  if (r.workload === "W4" && !r.contender.includes("derivative")) return "";
  if (r.workload === "W2" && r.contender.includes("replayed")) return "≤ 3 (issue 10)";
  return GOALS[r.workload as keyof typeof GOALS] ?? "";
}

/** A markdown table: one line per row. */
export function table(rows: Row[]): string {
  const head = ["workload", "contender", "ratio (median)", "IQR", "min–max", "pairs", "per call", "primal per call", "check", "goal"];
  const out = [`| ${head.join(" | ")} |`, `|${head.map(() => "---").join("|")}|`];
  for (const r of rows) {
    if (r.status !== "ok") {
      out.push(`| ${r.workload} | ${r.contender} | **${r.status}** | ${(r.reason ?? "").replace(/\|/g, "/")} | | | | | | ${goal(r)} |`);
      continue;
    }
    if (r.ratio === undefined) {
      out.push(`| ${r.workload} | ${r.contender} | | ${r.extra ?? ""} | | | | | | |`);
      continue;
    }
    const check = r.maxRelErr === undefined ? "" : `ok, err ${r.maxRelErr.toExponential(1)} (${r.tolerance})`;
    out.push(
      `| ${r.workload} | ${r.contender} | ${fmtRatio(r.ratio)} | ${fmtRatio(r.q1)}–${fmtRatio(r.q3)} | ${fmtRatio(r.min)}–${fmtRatio(r.max)} | ${r.pairs ?? ""} | ${fmtNs(r.gradNs)} | ${fmtNs(r.primalNs)} | ${check || r.extra || ""} | ${goal(r)} |`,
    );
  }
  return out.join("\n");
}
