// Trunk post-build hook: hash every inline <script> of the built index.html and put the hashes
// into its Content-Security-Policy in place of the 'sha256-TRUNK-LOADER' placeholder.
// Fails the build when the placeholder or the inline script is missing, so a CSP that would
// stop the app from starting never ships.
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error("csp-hash: TRUNK_STAGING_DIR is not set; run me as a Trunk post_build hook");
  process.exit(1);
}
const file = join(dir, "index.html");
const html = readFileSync(file, "utf8");
const hashes = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(
  ([, body]) => `'sha256-${createHash("sha256").update(body, "utf8").digest("base64")}'`,
);
const placeholder = "'sha256-TRUNK-LOADER'";
if (hashes.length === 0 || html.split(placeholder).length !== 2) {
  console.error(`csp-hash: expected inline scripts and exactly one ${placeholder} in ${file}`);
  process.exit(1);
}
writeFileSync(file, html.replace(placeholder, hashes.join(" ")));
console.log(`csp-hash: ${hashes.length} inline script(s) hashed into the CSP`);
