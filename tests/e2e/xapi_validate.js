// Validates xAPI statements with @learninglocker/xapi-validation (npm).
// stdin: a JSON array of statements. stdout: a JSON array of problems, one string each.
"use strict";

const path = require("path");
const modulePath = path.join(process.argv[2] || path.join(__dirname, "..", "..", "node_modules"),
                             "@learninglocker", "xapi-validation");
const validate = require(modulePath).default;

const SKIP = new Set(["data", "path", "message", "name", "stack"]);

function short(value) {
  let text;
  try { text = JSON.stringify(value); } catch (e) { text = String(value); }
  if (text === undefined) { text = String(value); }
  return text.length > 80 ? text.slice(0, 77) + "..." : text;
}

function describe(index, warning) {
  const where = (warning.path || []).join(".");
  const details = [];
  if (warning.typeName) { details.push("expected " + warning.typeName); }
  if (warning.keys) { details.push("keys not allowed here: " + warning.keys.join(", ")); }
  for (const key of Object.keys(warning)) {
    if (!SKIP.has(key) && key !== "typeName" && key !== "keys") {
      details.push(key + "=" + short(warning[key]));
    }
  }
  details.push("got " + short(warning.data));
  return "statement " + index + ": " + where + ": " + (warning.name || "Warning") + " (" + details.join("; ") + ")";
}

let input = "";
process.stdin.setEncoding("utf8");
process.stdin.on("data", (chunk) => { input += chunk; });
process.stdin.on("end", () => {
  const statements = JSON.parse(input);
  const problems = [];
  statements.forEach((statement, index) => {
    for (const warning of validate(statement)) {
      problems.push(describe(index, warning));
    }
  });
  process.stdout.write(JSON.stringify(problems));
});
