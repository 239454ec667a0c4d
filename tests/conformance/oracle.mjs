// The reference implementation as an oracle for the .NET differential tests.
//
//   node oracle.mjs REQUEST.json  >  VERDICTS.json
//
// REQUEST: { "introspection": <data of the full introspection query of OUR schema>,
//            "documents": [ { "name", "source", "variables"?, "operationName"? } ] }
// VERDICTS: { "schema": { "errors": [..], "sdl": "..." },
//             "documents": [ { "name", "verdict": "accept"|"reject", "stage", "messages": [..] } ] }
//
// The verdict follows the spec's ExecuteRequest() order: parse, validate (the spec's rules only,
// without graphql-js's non-spec recommended rules), GetOperation, CoerceVariableValues.
import { readFileSync } from 'node:fs';
import {
  buildClientSchema,
  getOperationAST,
  parse,
  printSchema,
  recommendedRules,
  specifiedRules,
  validate,
  validateSchema,
} from 'graphql';
import { getVariableValues } from 'graphql/execution/values.js';

const specRules = specifiedRules.filter((rule) => !recommendedRules.includes(rule));

function judge(schema, { source, variables, operationName }) {
  let document;
  try {
    document = parse(source);
  } catch (error) {
    return { verdict: 'reject', stage: 'parse', messages: [error.message] };
  }
  const errors = validate(schema, document, specRules);
  if (errors.length > 0) {
    return { verdict: 'reject', stage: 'validate', messages: errors.map((e) => e.message) };
  }
  const operation = getOperationAST(document, operationName ?? undefined);
  if (!operation) {
    return { verdict: 'reject', stage: 'operation', messages: ['Operation could not be selected.'] };
  }
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {});
  if (coerced.errors) {
    return { verdict: 'reject', stage: 'variables', messages: coerced.errors.map((e) => e.message) };
  }
  return { verdict: 'accept', stage: null, messages: [] };
}

const request = JSON.parse(readFileSync(process.argv[2] ?? 0, 'utf8'));
const schema = buildClientSchema(request.introspection);
const schemaErrors = validateSchema(schema).map((e) => e.message);
const documents = (request.documents ?? []).map((doc) => ({ name: doc.name, ...judge(schema, doc) }));
process.stdout.write(JSON.stringify({ schema: { errors: schemaErrors, sdl: printSchema(schema) }, documents }));
