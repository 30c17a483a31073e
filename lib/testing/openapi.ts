import type { ValidateFunction } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

/*
 * Checks the app's answers against its own OpenAPI document with a JSON Schema validator (Ajv, draft
 * 2020-12, which OpenAPI 3.1 uses), so a test fails when an answer carries a field, a type or a value
 * the document does not describe, or a status or content type it does not list.
 */

interface OpenApiDocument {
  paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema: { $ref?: string } }> }> }>>;
  components: { schemas: Record<string, unknown> };
}

const componentsId = 'https://jiaoliu.invalid/openapi/components';

export function openApiChecker(document: OpenApiDocument) {
  // The components become one schema's $defs, where Ajv resolves references between them.
  const defs = JSON.parse(JSON.stringify(document.components.schemas).replaceAll('"#/components/schemas/', '"#/$defs/'));
  const ajv = new Ajv2020({ allErrors: true, strict: true, strictTypes: false });
  addFormats(ajv);
  ajv.addSchema({ $id: componentsId, $defs: defs });

  const validators = new Map<string, ValidateFunction>();
  const validatorOf = (component: string) => {
    let validate = validators.get(component);
    if (!validate) {
      validate = ajv.getSchema(`${componentsId}#/$defs/${component}`);
      if (!validate) throw new Error(`The document has no component ${component}`);
      validators.set(component, validate);
    }
    return validate;
  };

  /**
   * What is wrong with an answer to GET `path` (as the document writes it: "/api/v1/exchanges/{slug}"),
   * given its status, content type and parsed body; an empty list when it matches the document.
   */
  return function problemsWith(path: string, answer: { status: number; contentType: string | null; body: unknown }): string[] {
    const operation = document.paths[path]?.get;
    if (!operation) return [`The document has no GET ${path}`];
    const response = operation.responses[String(answer.status)];
    if (!response) return [`GET ${path} answered ${answer.status}, which the document does not list`];
    const mediaType = answer.contentType?.split(';')[0]!.trim() ?? '';
    const content = response.content?.[mediaType];
    if (!content) return [`GET ${path} ${answer.status} answered ${mediaType}, which the document does not list`];
    const component = content.schema.$ref?.replace('#/components/schemas/', '');
    if (!component) return [];
    const validate = validatorOf(component);
    if (validate(answer.body)) return [];
    return (validate.errors ?? []).map((error) => `${component}${error.instancePath} ${error.message} ${JSON.stringify(error.params)}`);
  };
}
