// Validates a Teams app manifest offline against the schema its "$schema" names, using the schemas
// bundled with the npm package @microsoft/app-manifest (installed in tests/tools/node).
// Usage: node manifest/validate-manifest.mjs path/to/manifest.json
// Prints one JSON object: {"file","schema","valid","errors":[...]}.
// Exit code: 0 valid, 1 invalid, 2 the validator could not run (missing package, unreadable file).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';

const NODE_TOOLS = new URL('../tests/tools/node/package.json', import.meta.url);
const INSTALL_HINT = 'run `bash tests/run.sh` (or `cd tests/tools/node && npm ci`)';
const SCHEMA_URL = /^https:\/\/developer\.microsoft\.com\/(?:[a-z]{2}(?:-[a-z]{2})?\/)?json-schemas\/teams\/(v1\.\d+|vDevPreview)\/MicrosoftTeams\.schema\.json$/i;

const file = process.argv[2];
if (!file) {
  finish(2, { errors: ['usage: node manifest/validate-manifest.mjs path/to/manifest.json'] });
}

let manifest;
try {
  manifest = JSON.parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
  if (manifest === null || typeof manifest !== 'object' || Array.isArray(manifest)) throw new Error('not a JSON object');
} catch (error) {
  finish(2, { file, errors: [`cannot read ${file} as JSON: ${error.message}`] });
}

let AppManifestUtils, schemasFolder;
try {
  const require = createRequire(NODE_TOOLS);
  ({ AppManifestUtils } = require('@microsoft/app-manifest'));
  require('fs-extra'); // a dependency @microsoft/app-manifest does not declare
  schemasFolder = join(dirname(require.resolve('@microsoft/app-manifest')), 'json-schemas', 'teams');
} catch (error) {
  finish(2, { file, errors: [`@microsoft/app-manifest or fs-extra is not installed (${error.code ?? error.message}): ${INSTALL_HINT}`] });
}

// Load the bundled schema ourselves so that nothing is ever fetched from the network.
const version = SCHEMA_URL.exec(manifest.$schema ?? '')?.[1];
const schemaFile = version && join(schemasFolder, version, 'MicrosoftTeams.schema.json');
if (!schemaFile || !existsSync(schemaFile)) {
  const bundled = readdirSync(schemasFolder).sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  finish(1, {
    file,
    schema: manifest.$schema ?? null,
    errors: [`/$schema must be https://developer.microsoft.com/json-schemas/teams/<version>/MicrosoftTeams.schema.json with a bundled version (${bundled.join(', ')})`],
  });
}
// Same clean-up as AppManifestUtils.fetchSchema: some schemas contain \a and \v escapes.
const schema = JSON.parse(readFileSync(schemaFile, 'utf8').replace(/\\a/g, '\\u0007').replace(/\\v/g, '\\u000b'));

const errors = await AppManifestUtils.validateAgainstSchema(manifest, schema);

// What Teams checks at upload beyond the schema: no unfilled template placeholders, icons present.
const placeholders = JSON.stringify(manifest).match(/\$\{\{[A-Z0-9_]+\}\}/g) ?? [];
for (const placeholder of new Set(placeholders)) {
  errors.push(`placeholder ${placeholder} is not filled in (build the package with manifest/package.sh)`);
}
for (const [name, path] of Object.entries(manifest.icons ?? {})) {
  if (typeof path === 'string' && !existsSync(resolve(dirname(file), path))) {
    errors.push(`/icons/${name} ${path} is not next to the manifest`);
  }
}

finish(errors.length === 0 ? 0 : 1, { file, schema: version, errors });

function finish(code, { file = null, schema = null, errors }) {
  process.stdout.write(JSON.stringify({ file, schema, valid: code === 0, errors }, null, 2) + '\n');
  process.exit(code);
}
