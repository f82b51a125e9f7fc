// schemas/config.schema.json is generated from the rule registry (scripts/generate.js), so the file
// editors use and the validator in ./validate.ts cannot drift apart: a test compares them.
import type { Rule } from '../rules/rule';
import { LANGS, SEVERITY_SETTINGS, configurableRules } from './validate';

function ruleSchema(rule: Rule): Record<string, unknown> {
  const severity = { enum: SEVERITY_SETTINGS, description: 'off | info | warning | error' };
  const options = Object.fromEntries(
    Object.entries(rule.options).map(([name, spec]) => [
      name,
      { type: 'integer', minimum: spec.minimum, maximum: spec.maximum, default: spec.default, description: `${spec.description.ja} / ${spec.description.en}` },
    ]),
  );
  return {
    description: `${rule.description.ja} / ${rule.description.en} (default: ${rule.severity})`,
    oneOf: [severity, { type: 'object', additionalProperties: false, properties: { severity, ...options } }],
  };
}

export function buildConfigSchema(): Record<string, unknown> {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://dokodemo-check.invalid/schemas/config.schema.json',
    title: 'dokodemo-check configuration (.dokodemo-check.yaml)',
    type: 'object',
    additionalProperties: false,
    properties: {
      lang: { enum: LANGS, description: 'メッセージの言語 / language of messages' },
      rules: {
        type: 'object',
        additionalProperties: false,
        description: 'ルールごとの重大度とオプション / severity and options per rule',
        properties: Object.fromEntries(configurableRules().map((rule) => [rule.id, ruleSchema(rule)])),
      },
    },
  };
}
