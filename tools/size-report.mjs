// Prints the gzip size of the wasm, JavaScript and CSS that dist/index.html loads, and fails
// when their total is over the budget. Usage: node tools/size-report.mjs dist [budget-KB]
import { readFileSync, readdirSync } from "node:fs";
import { extname, join } from "node:path";
import { gzipSync } from "node:zlib";

const dir = process.argv[2] ?? "dist";
const budgetKB = Number(process.argv[3] ?? 120);
const kinds = { ".wasm": "wasm", ".js": "js", ".css": "css" };
const rows = readdirSync(dir)
  .filter((name) => kinds[extname(name)])
  .map((name) => {
    const bytes = readFileSync(join(dir, name));
    return { name, kind: kinds[extname(name)], raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  });
const kb = (n) => (n / 1024).toFixed(1).padStart(7) + " KB";
for (const r of rows) console.log(`${r.kind.padEnd(5)}${kb(r.gzip)} gzip ${kb(r.raw)} raw  ${r.name}`);
const total = rows.reduce((sum, r) => sum + r.gzip, 0);
console.log(`total${kb(total)} gzip (budget ${budgetKB} KB)`);
if (!rows.some((r) => r.kind === "wasm")) {
  console.error("size-report: no .wasm file in " + dir);
  process.exit(1);
}
if (total > budgetKB * 1024) {
  console.error(`size-report: over budget by ${kb(total - budgetKB * 1024)}`);
  process.exit(1);
}
