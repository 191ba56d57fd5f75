'use strict';
// Validates Cadre's shipped examples with Ajv in draft 2020-12 mode against the published schemas.
// Usage: node check-examples.cjs NODE_MODULES SCHEMA_FOLDER EXAMPLES_FOLDER
// Every document in frameworks/, people/, plans/ and catalogues/ must be accepted; every document in invalid/ must be
// listed below, and is either rejected by the schemas or (for defects only Cadre's own checks can see) accepted.
const fs = require('fs');
const path = require('path');

const [modules, schemaFolder, examples] = process.argv.slice(2);
const Ajv2020 = require(path.join(modules, 'ajv/dist/2020')).default;
const addFormats = require(path.join(modules, 'ajv-formats')).default;

// What the schemas alone must say about each deliberately broken example.
const INVALID = {
  // Defects a JSON Schema validator sees on its own: the schemas must reject these.
  'nhs-hlm-schema-broken.json': 'rejected',
  'nhs-people-schema-broken.json': 'rejected',
  'nhs-p002-plan-schema-broken.json': 'rejected',
  // Well-formed documents whose defects need Cadre's semantic checks (an unknown parent, a duplicate id, a
  // cycle, levels missing from a scale, a plan that does not fit its framework): the schemas accept them,
  // and the Cadre loader rejects them (see ShippedExamplesTest and ShippedPlansTest).
  'nhs-hlm-broken.json': 'accepted',
  'nhs-p002-plan-broken.json': 'accepted',
};

// Strict mode (unknown keywords and formats are errors), except two of Ajv's style lints that flag valid JSON
// Schema the published schemas use on purpose: "required" in a subschema that does not repeat "type": "object"
// (strictTypes), and "required" naming a field that another subschema defines (strictRequired).
const ajv = new Ajv2020({ allErrors: true, strict: true, strictTypes: false, strictRequired: false });
addFormats(ajv);
for (const file of fs.readdirSync(schemaFolder).filter((name) => name.endsWith('.schema.json')).sort()) {
  ajv.addSchema(JSON.parse(fs.readFileSync(path.join(schemaFolder, file), 'utf8')));
}

function validator(document, file) {
  const kind = document && document.kind;
  const validate = ajv.getSchema(`https://cadre.org/schemas/1.0/${kind}.schema.json`);
  if (!validate) {
    throw new Error(`${file}: no published schema for kind [${kind}]`);
  }
  return validate;
}

function jsonFiles(folder) {
  const dir = path.join(examples, folder);
  return fs.existsSync(dir)
    ? fs.readdirSync(dir).filter((name) => name.endsWith('.json')).sort().map((name) => path.join(dir, name))
    : [];
}

const failures = [];
let checked = 0;
for (const file of ['frameworks', 'people', 'plans', 'catalogues'].flatMap(jsonFiles)) {
  const document = JSON.parse(fs.readFileSync(file, 'utf8'));
  const validate = validator(document, file);
  checked++;
  if (!validate(document)) {
    failures.push(`${path.relative(examples, file)} should be valid but Ajv says: `
      + ajv.errorsText(validate.errors, { separator: '; ' }));
  }
}
let rejected = 0;
for (const file of jsonFiles('invalid')) {
  const name = path.basename(file);
  const expected = INVALID[name];
  if (!expected) {
    failures.push(`invalid/${name} is not listed in check-examples.cjs: say whether the schemas reject it`);
    continue;
  }
  const document = JSON.parse(fs.readFileSync(file, 'utf8'));
  const validate = validator(document, file);
  checked++;
  const valid = validate(document);
  if (expected === 'rejected' && valid) {
    failures.push(`invalid/${name} should be rejected by the schemas but Ajv accepts it`);
  } else if (expected === 'accepted' && !valid) {
    failures.push(`invalid/${name} is listed as schema-valid (its defects are semantic) but Ajv rejects it: `
      + ajv.errorsText(validate.errors, { separator: '; ' }) + ' (list it as rejected)');
  } else if (!valid) {
    rejected++;
  }
}

const version = require(path.join(modules, 'ajv/package.json')).version;
if (failures.length > 0) {
  console.error(`[ajv] ${failures.length} problem(s) with Ajv ${version} (draft 2020-12):`);
  failures.forEach((failure) => console.error(`[ajv]   ${failure}`));
  process.exit(1);
}
console.log(`[ajv] Ajv ${version} (draft 2020-12, strict but for two style lints): ${checked} shipped documents checked against the`
  + ` published schemas; every valid example accepted, ${rejected} schema-broken examples rejected`);
