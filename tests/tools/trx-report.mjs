// Reads the .trx files that `dotnet test` wrote into a folder, prints the failed tests with their
// messages, then one summary line: "N passed, N failed" (", N skipped" when any were skipped).
// Exit code: 0 when at least one test ran and none failed, 1 otherwise.
// Usage: node tests/tools/trx-report.mjs <folder>
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const folder = process.argv[2];
const MAX_LINES_PER_FAILURE = 400;

function trxFiles(dir) {
  let found = [];
  let entries;
  try {
    entries = readdirSync(dir);
  } catch {
    return found;
  }
  for (const name of entries) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) found = found.concat(trxFiles(path));
    else if (name.endsWith('.trx')) found.push(path);
  }
  return found.sort();
}

const decode = (s) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#x([0-9a-fA-F]+);/g, (_, h) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d) => String.fromCodePoint(parseInt(d, 10)))
    .replace(/&amp;/g, '&');

const attr = (tag, name) => {
  const m = tag.match(new RegExp(`\\s${name}="([^"]*)"`));
  return m ? decode(m[1]) : undefined;
};
const element = (xml, name) => {
  const m = xml.match(new RegExp(`<${name}>([\\s\\S]*?)</${name}>`));
  return m ? decode(m[1]) : '';
};
const clip = (text, lines) => {
  const all = text.replace(/\s+$/, '').split('\n');
  return all.length <= lines ? all : all.slice(0, lines).concat(`[... ${all.length - lines} more lines]`);
};

let passed = 0;
let failed = 0;
let skipped = 0;
const failures = [];
const runProblems = [];

for (const file of trxFiles(folder)) {
  const xml = readFileSync(file, 'utf8');
  const counters = xml.match(/<Counters\s[^>]*>/);
  if (counters) {
    const n = (k) => Number(attr(counters[0], k) ?? 0);
    passed += n('passed');
    failed += n('failed') + n('error') + n('timeout') + n('aborted') + n('inconclusive');
    skipped += n('notExecuted') + n('notRunnable');
  }
  const summary = xml.match(/<ResultSummary\s[^>]*>/);
  const outcome = summary ? attr(summary[0], 'outcome') : undefined;
  if (outcome && !['Completed', 'Passed', 'Warning'].includes(outcome)) {
    const runInfo = element(xml, 'RunInfos');
    runProblems.push(`${file}: run outcome ${outcome}${runInfo ? '\n' + clip(runInfo.replace(/<[^>]+>/g, ' '), 20).join('\n') : ''}`);
  }
  for (const m of xml.matchAll(/<UnitTestResult\s[^>]*?(?:\/>|>[\s\S]*?<\/UnitTestResult>)/g)) {
    const start = m[0].match(/^<UnitTestResult\s[^>]*>/)[0];
    const result = attr(start, 'outcome');
    if (result === 'Passed' || result === 'NotExecuted') continue;
    failures.push({
      name: attr(start, 'testName'),
      outcome: result,
      message: element(m[0], 'Message'),
      stack: element(m[0], 'StackTrace'),
    });
  }
}

// A failing fixture fails every test that uses it with the same message: print it once.
const printed = new Map();
for (const f of failures) {
  const key = `${f.message}\n${f.stack}`;
  if (printed.has(key)) {
    console.log(`✗ ${f.name} (${f.outcome}): same message as ${printed.get(key)}`);
    continue;
  }
  printed.set(key, f.name);
  console.log(`\n✗ ${f.name} (${f.outcome})`);
  for (const line of clip(f.message, MAX_LINES_PER_FAILURE)) console.log(`    ${line}`);
  if (f.stack) for (const line of clip(f.stack, 15)) console.log(`    ${line}`);
}
// A run that failed without a failed test (a crashed test host): say why.
if (failures.length === 0) for (const p of runProblems) console.log(`\n${p}`);
if (failures.length > 0 || runProblems.length > 0) console.log('');

if (passed + failed === 0) console.log('no test ran');
console.log(`${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
