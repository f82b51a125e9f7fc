// "Parse floor" context for `npm run bench`: the `yaml` package's full-fidelity parseDocument (the parser
// that keeps positions and comments) on one file; nothing else.
'use strict';
const { readFileSync } = require('node:fs');
const { join } = require('node:path');
const { parseDocument } = require(require.resolve('yaml', { paths: [join(__dirname, '..')] }));

parseDocument(readFileSync(process.argv[2], 'utf8'));
