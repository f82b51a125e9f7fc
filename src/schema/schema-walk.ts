// Finds the part of the ledger schema that describes a node, so messages can name allowed keys and
// quote a key's description (its 台帳 meaning).
export interface SchemaNode {
  $ref?: string;
  type?: string | string[];
  description?: string;
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  anyOf?: SchemaNode[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  minimum?: number;
  definitions?: Record<string, SchemaNode>;
}

export const LEDGER_SCHEMA: SchemaNode = require('../../schemas/ledger.schema.json');

function resolve(node: SchemaNode | undefined): SchemaNode | undefined {
  if (!node?.$ref) return node;
  const name = node.$ref.replace('#/definitions/', '');
  return LEDGER_SCHEMA.definitions?.[name];
}

/** An `anyOf` of an object and null (training) is walked through its object branch. */
function objectBranch(node: SchemaNode | undefined): SchemaNode | undefined {
  const resolved = resolve(node);
  return resolved?.anyOf?.find((branch) => branch.properties) ?? resolved;
}

export function schemaAt(path: ReadonlyArray<string | number>): SchemaNode | undefined {
  let node: SchemaNode | undefined = LEDGER_SCHEMA;
  for (const segment of path) {
    node = objectBranch(node);
    node = typeof segment === 'number' ? node?.items : node?.properties?.[segment];
    if (!node) return undefined;
  }
  return resolve(node);
}

export function propertyOf(node: SchemaNode | undefined, key: string): SchemaNode | undefined {
  return resolve(objectBranch(node)?.properties?.[key]);
}

export function allowedKeys(node: SchemaNode | undefined): string[] {
  return Object.keys(objectBranch(node)?.properties ?? {});
}
