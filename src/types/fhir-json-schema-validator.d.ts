declare module '@asymmetrik/fhir-json-schema-validator' {
  /** Validates FHIR resources against the official FHIR R4 JSON schema (with ajv). */
  export default class JSONSchemaValidator {
    constructor(schema?: object, ajvSettings?: object);
    /** The errors found: an empty array when the resource is valid. */
    validate(resource: unknown, verbose?: boolean): unknown[];
  }
}
