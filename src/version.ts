// Read at run time so the version has one home: package.json (same depth from src/ and dist/).
export const VERSION: string = (require('../package.json') as { version: string }).version;
