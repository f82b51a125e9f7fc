#!/usr/bin/env node
// Regenerates the files derived from the rule modules: docs/rules.md, schemas/config.schema.json, and
// the rule-id list in schemas/ledger.schema.json. Run after `npm run build`: `npm run generate`.
'use strict';
const { writeFileSync } = require('node:fs');
const { join } = require('node:path');
const { generatedFiles } = require('../dist/catalogue/generated');

for (const [path, text] of Object.entries(generatedFiles())) {
  writeFileSync(join(__dirname, '..', path), text);
  console.log(`wrote ${path}`);
}
