// Generated from schemas/*.schema.json by schemas/scripts/generate.mjs.
// Do not edit; run npm run generate.
/* eslint-disable */
function runtime_equal(a, b) {
  if (a === b) return true;
  if (a && b && typeof a === "object" && typeof b === "object") {
    if (Array.isArray(a) !== Array.isArray(b)) return false;
    if (Array.isArray(a)) {
      if (a.length !== b.length) return false;
      for (let i = 0; i < a.length; i++) if (!runtime_equal(a[i], b[i])) return false;
      return true;
    }
    const keys = Object.keys(a);
    if (keys.length !== Object.keys(b).length) return false;
    for (const key of keys) {
      if (!Object.prototype.hasOwnProperty.call(b, key) || !runtime_equal(a[key], b[key])) return false;
    }
    return true;
  }
  return a !== a && b !== b;
}
function runtime_ucs2length(str) {
  let length = 0;
  for (let i = 0; i < str.length; i++) {
    length++;
    const c = str.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < str.length) {
      const next = str.charCodeAt(i + 1);
      if ((next & 0xfc00) === 0xdc00) i++;
    }
  }
  return length;
}
("use strict");
export const validateFrameworkExtension = validate20;
const schema31 = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://w3id.org/competence-kit/schemas/framework-extension/v1",
  title: "FrameworkExtension",
  description:
    "A city's changes to a published framework: what it adds, what it modifies and, explicitly, what it removes. Applied with extendFramework; the result is a framework of its own that records what it extends.",
  type: "object",
  additionalProperties: false,
  required: ["extends", "id", "version"],
  properties: {
    $schema: { type: "string" },
    extends: {
      description: "The base framework: its id and the version or semver range this extension was written for.",
      $ref: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/frameworkReference",
    },
    id: {
      description: "The URI of the extended framework (the city's own).",
      $ref: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/uri",
    },
    version: { $ref: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/semver" },
    title: {
      description: "Replaces or adds to the base title, locale by locale.",
      $ref: "https://w3id.org/competence-kit/schemas/localized-text/v1",
    },
    description: { $ref: "https://w3id.org/competence-kit/schemas/localized-text/v1" },
    locales: {
      description: "Locales to add to the required ones (for example a city's own language).",
      type: "array",
      uniqueItems: true,
      items: { $ref: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/locale" },
    },
    defaultLocale: { $ref: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/locale" },
    license: { $ref: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/spdxLicense" },
    provenance: { $ref: "https://w3id.org/competence-kit/schemas/framework/v1#/$defs/provenance" },
    add: {
      description: "New entries. An id that already exists in the base is a conflict, not an override: use `modify`.",
      type: "object",
      additionalProperties: false,
      properties: {
        domains: {
          type: "array",
          items: { $ref: "https://w3id.org/competence-kit/schemas/framework/v1#/$defs/domain" },
        },
        competences: {
          type: "array",
          items: { $ref: "https://w3id.org/competence-kit/schemas/framework/v1#/$defs/competence" },
        },
        roleProfiles: {
          type: "array",
          items: { $ref: "https://w3id.org/competence-kit/schemas/framework/v1#/$defs/roleProfile" },
        },
        mappings: {
          type: "array",
          items: { $ref: "https://w3id.org/competence-kit/schemas/framework/v1#/$defs/mapping" },
        },
      },
    },
    modify: {
      description:
        "Changes to existing entries, keyed by id. Texts are merged locale by locale: a new locale adds a translation, an existing one is overridden.",
      type: "object",
      additionalProperties: false,
      properties: {
        scale: {
          description:
            "Texts of the scale's levels, keyed by level id. The levels themselves cannot change: that would re-scale every result.",
          type: "object",
          propertyNames: { $ref: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id" },
          additionalProperties: {
            type: "object",
            additionalProperties: false,
            properties: {
              title: { $ref: "https://w3id.org/competence-kit/schemas/localized-text/v1" },
              description: { $ref: "https://w3id.org/competence-kit/schemas/localized-text/v1" },
            },
          },
        },
        domains: {
          type: "object",
          propertyNames: { $ref: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id" },
          additionalProperties: {
            type: "object",
            additionalProperties: false,
            properties: {
              title: { $ref: "https://w3id.org/competence-kit/schemas/localized-text/v1" },
              description: { $ref: "https://w3id.org/competence-kit/schemas/localized-text/v1" },
            },
          },
        },
        competences: {
          type: "object",
          propertyNames: { $ref: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id" },
          additionalProperties: {
            description: "The dimension cannot be modified: a competence that changes its nature is a new competence.",
            type: "object",
            additionalProperties: false,
            properties: {
              domain: { $ref: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id" },
              title: { $ref: "https://w3id.org/competence-kit/schemas/localized-text/v1" },
              description: { $ref: "https://w3id.org/competence-kit/schemas/localized-text/v1" },
              descriptors: {
                type: "object",
                propertyNames: { $ref: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id" },
                additionalProperties: { $ref: "https://w3id.org/competence-kit/schemas/localized-text/v1" },
              },
              notes: {
                type: "object",
                propertyNames: { $ref: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id" },
                additionalProperties: { $ref: "https://w3id.org/competence-kit/schemas/localized-text/v1" },
              },
            },
          },
        },
        roleProfiles: {
          type: "object",
          propertyNames: { $ref: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id" },
          additionalProperties: {
            type: "object",
            additionalProperties: false,
            properties: {
              title: { $ref: "https://w3id.org/competence-kit/schemas/localized-text/v1" },
              description: { $ref: "https://w3id.org/competence-kit/schemas/localized-text/v1" },
              targets: {
                description: "Competence id to level id; null removes the target, explicitly.",
                type: "object",
                propertyNames: { $ref: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id" },
                additionalProperties: {
                  oneOf: [{ $ref: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id" }, { type: "null" }],
                },
              },
            },
          },
        },
        mappings: {
          type: "object",
          propertyNames: { $ref: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id" },
          additionalProperties: {
            type: "object",
            additionalProperties: false,
            properties: {
              relation: { $ref: "https://w3id.org/competence-kit/schemas/framework/v1#/$defs/skosRelation" },
              targetLabel: { type: "string", minLength: 1, maxLength: 500 },
              rationale: { $ref: "https://w3id.org/competence-kit/schemas/localized-text/v1" },
            },
          },
        },
      },
    },
    remove: {
      description:
        "Entries to remove, by id. Nothing is ever removed implicitly: anything that still refers to a removed entry is reported.",
      type: "object",
      additionalProperties: false,
      properties: {
        domains: {
          type: "array",
          uniqueItems: true,
          items: { $ref: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id" },
        },
        competences: {
          type: "array",
          uniqueItems: true,
          items: { $ref: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id" },
        },
        roleProfiles: {
          type: "array",
          uniqueItems: true,
          items: { $ref: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id" },
        },
        mappings: {
          type: "array",
          uniqueItems: true,
          items: { $ref: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id" },
        },
      },
    },
  },
};
const schema34 = {
  title: "Uri",
  description: "An absolute URI (RFC 3986): a scheme, a colon and at least one non-space character.",
  type: "string",
  format: "uri",
  maxLength: 2048,
  pattern: "^[A-Za-z][A-Za-z0-9+.-]*:[^\\s]+$",
};
const schema37 = {
  title: "Semver",
  description: "A Semantic Versioning 2.0.0 version, such as `1.4.0` or `2.0.0-rc.1`.",
  type: "string",
  maxLength: 256,
  pattern:
    "^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$",
};
const schema39 = {
  title: "Locale",
  description:
    "A well-formed BCP 47 language tag: language, optional script, optional region, optional variants (for example `de`, `de-AT`, `sr-Latn-RS`, `ar`).",
  type: "string",
  maxLength: 35,
  pattern:
    "^[A-Za-z]{2,3}(?:-[A-Za-z]{4})?(?:-(?:[A-Za-z]{2}|[0-9]{3}))?(?:-(?:[A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*$",
};
const schema42 = {
  title: "SpdxLicense",
  description: "An SPDX licence expression such as `CC-BY-4.0` or `EUPL-1.2`.",
  type: "string",
  minLength: 1,
  maxLength: 200,
  pattern: "^[A-Za-z0-9.+:() -]+$",
};
const schema58 = {
  title: "Id",
  description:
    "A stable, local identifier in kebab-case: lowercase ASCII letters and digits separated by single hyphens, starting with a letter.",
  type: "string",
  minLength: 1,
  maxLength: 100,
  pattern: "^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$",
};
const schema75 = {
  title: "SkosRelation",
  description: "The SKOS mapping relation from our competence to the outside concept.",
  type: "string",
  enum: ["exactMatch", "closeMatch", "broadMatch", "narrowMatch", "related"],
};
const func1 = Object.prototype.hasOwnProperty;
const func2 = runtime_ucs2length;
const func0 = runtime_equal;
const schema33 = {
  title: "FrameworkReference",
  description: "Points at a framework by its id and a version or semver range.",
  type: "object",
  additionalProperties: false,
  required: ["id", "version"],
  properties: { id: { $ref: "#/$defs/uri" }, version: { $ref: "#/$defs/semverRange" } },
};
const schema35 = {
  title: "SemverRange",
  description: "A semver range as npm writes them (`^1.2.0`, `>=1.0.0 <2.0.0`, `1.x`).",
  type: "string",
  minLength: 1,
  maxLength: 256,
};
const pattern4 = new RegExp("^[A-Za-z][A-Za-z0-9+.-]*:[^\\s]+$", "u");
function validate22(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate22.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === undefined) {
      const err0 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "id" },
        message: "must have required property '" + "id" + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.version === undefined) {
      const err1 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "version" },
        message: "must have required property '" + "version" + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "id" || key0 === "version")) {
        const err2 = {
          instancePath,
          schemaPath: "#/additionalProperties",
          keyword: "additionalProperties",
          params: { additionalProperty: key0 },
          message: "must NOT have additional properties",
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.id !== undefined) {
      let data0 = data.id;
      if (typeof data0 === "string") {
        if (func2(data0) > 2048) {
          const err3 = {
            instancePath: instancePath + "/id",
            schemaPath: "#/$defs/uri/maxLength",
            keyword: "maxLength",
            params: { limit: 2048 },
            message: "must NOT have more than 2048 characters",
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (!pattern4.test(data0)) {
          const err4 = {
            instancePath: instancePath + "/id",
            schemaPath: "#/$defs/uri/pattern",
            keyword: "pattern",
            params: { pattern: "^[A-Za-z][A-Za-z0-9+.-]*:[^\\s]+$" },
            message: 'must match pattern "' + "^[A-Za-z][A-Za-z0-9+.-]*:[^\\s]+$" + '"',
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = {
          instancePath: instancePath + "/id",
          schemaPath: "#/$defs/uri/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.version !== undefined) {
      let data1 = data.version;
      if (typeof data1 === "string") {
        if (func2(data1) > 256) {
          const err6 = {
            instancePath: instancePath + "/version",
            schemaPath: "#/$defs/semverRange/maxLength",
            keyword: "maxLength",
            params: { limit: 256 },
            message: "must NOT have more than 256 characters",
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (func2(data1) < 1) {
          const err7 = {
            instancePath: instancePath + "/version",
            schemaPath: "#/$defs/semverRange/minLength",
            keyword: "minLength",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 characters",
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = {
          instancePath: instancePath + "/version",
          schemaPath: "#/$defs/semverRange/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
  } else {
    const err9 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
    };
    if (vErrors === null) {
      vErrors = [err9];
    } else {
      vErrors.push(err9);
    }
    errors++;
  }
  validate22.errors = vErrors;
  return errors === 0;
}
validate22.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
const schema38 = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://w3id.org/competence-kit/schemas/localized-text/v1",
  title: "LocalizedText",
  description: "A text a person reads, in one or more languages: a map from BCP 47 locale to a non-empty string.",
  type: "object",
  minProperties: 1,
  propertyNames: { $ref: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/locale" },
  additionalProperties: { type: "string", minLength: 1, maxLength: 20000 },
  examples: [{ de: "Interkulturelle Kommunikation", en: "Intercultural communication" }],
};
const pattern7 = new RegExp(
  "^[A-Za-z]{2,3}(?:-[A-Za-z]{4})?(?:-(?:[A-Za-z]{2}|[0-9]{3}))?(?:-(?:[A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*$",
  "u",
);
function validate24(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://w3id.org/competence-kit/schemas/localized-text/v1" */ let vErrors = null;
  let errors = 0;
  const evaluated0 = validate24.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (Object.keys(data).length < 1) {
      const err0 = {
        instancePath,
        schemaPath: "#/minProperties",
        keyword: "minProperties",
        params: { limit: 1 },
        message: "must NOT have fewer than 1 properties",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      const _errs1 = errors;
      if (typeof key0 === "string") {
        if (func2(key0) > 35) {
          const err1 = {
            instancePath,
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/locale/maxLength",
            keyword: "maxLength",
            params: { limit: 35 },
            message: "must NOT have more than 35 characters",
            propertyName: key0,
          };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        if (!pattern7.test(key0)) {
          const err2 = {
            instancePath,
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/locale/pattern",
            keyword: "pattern",
            params: {
              pattern:
                "^[A-Za-z]{2,3}(?:-[A-Za-z]{4})?(?:-(?:[A-Za-z]{2}|[0-9]{3}))?(?:-(?:[A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*$",
            },
            message:
              'must match pattern "' +
              "^[A-Za-z]{2,3}(?:-[A-Za-z]{4})?(?:-(?:[A-Za-z]{2}|[0-9]{3}))?(?:-(?:[A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*$" +
              '"',
            propertyName: key0,
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = {
          instancePath,
          schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/locale/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          propertyName: key0,
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      var valid0 = _errs1 === errors;
      if (!valid0) {
        const err4 = {
          instancePath,
          schemaPath: "#/propertyNames",
          keyword: "propertyNames",
          params: { propertyName: key0 },
          message: "property name must be valid",
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    for (const key1 in data) {
      let data0 = data[key1];
      if (typeof data0 === "string") {
        if (func2(data0) > 20000) {
          const err5 = {
            instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),
            schemaPath: "#/additionalProperties/maxLength",
            keyword: "maxLength",
            params: { limit: 20000 },
            message: "must NOT have more than 20000 characters",
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        if (func2(data0) < 1) {
          const err6 = {
            instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),
            schemaPath: "#/additionalProperties/minLength",
            keyword: "minLength",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 characters",
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = {
          instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),
          schemaPath: "#/additionalProperties/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
  } else {
    const err8 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
    };
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
  }
  validate24.errors = vErrors;
  return errors === 0;
}
validate24.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
const schema49 = {
  title: "Provenance",
  description: "Who published the framework, when, and what it draws on.",
  type: "object",
  additionalProperties: false,
  properties: {
    publisher: { type: "string", minLength: 1, maxLength: 500 },
    authors: { type: "array", items: { type: "string", minLength: 1, maxLength: 500 } },
    created: { $ref: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/date" },
    modified: { $ref: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/date" },
    sources: {
      description: "What the framework draws on (projects, standards, studies).",
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["title"],
        properties: {
          title: { type: "string", minLength: 1, maxLength: 1000 },
          uri: { $ref: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/uri" },
          note: { $ref: "https://w3id.org/competence-kit/schemas/localized-text/v1" },
        },
      },
    },
    note: { $ref: "https://w3id.org/competence-kit/schemas/localized-text/v1" },
  },
};
const schema50 = {
  title: "IsoDate",
  description: "A calendar date, `YYYY-MM-DD`.",
  type: "string",
  format: "date",
  pattern: "^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])$",
};
const pattern16 = new RegExp("^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])$", "u");
function validate61(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate61.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(
        key0 === "publisher" ||
        key0 === "authors" ||
        key0 === "created" ||
        key0 === "modified" ||
        key0 === "sources" ||
        key0 === "note"
      )) {
        const err0 = {
          instancePath,
          schemaPath: "#/additionalProperties",
          keyword: "additionalProperties",
          params: { additionalProperty: key0 },
          message: "must NOT have additional properties",
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.publisher !== undefined) {
      let data0 = data.publisher;
      if (typeof data0 === "string") {
        if (func2(data0) > 500) {
          const err1 = {
            instancePath: instancePath + "/publisher",
            schemaPath: "#/properties/publisher/maxLength",
            keyword: "maxLength",
            params: { limit: 500 },
            message: "must NOT have more than 500 characters",
          };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        if (func2(data0) < 1) {
          const err2 = {
            instancePath: instancePath + "/publisher",
            schemaPath: "#/properties/publisher/minLength",
            keyword: "minLength",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 characters",
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = {
          instancePath: instancePath + "/publisher",
          schemaPath: "#/properties/publisher/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.authors !== undefined) {
      let data1 = data.authors;
      if (Array.isArray(data1)) {
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data2 = data1[i0];
          if (typeof data2 === "string") {
            if (func2(data2) > 500) {
              const err4 = {
                instancePath: instancePath + "/authors/" + i0,
                schemaPath: "#/properties/authors/items/maxLength",
                keyword: "maxLength",
                params: { limit: 500 },
                message: "must NOT have more than 500 characters",
              };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
            if (func2(data2) < 1) {
              const err5 = {
                instancePath: instancePath + "/authors/" + i0,
                schemaPath: "#/properties/authors/items/minLength",
                keyword: "minLength",
                params: { limit: 1 },
                message: "must NOT have fewer than 1 characters",
              };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
          } else {
            const err6 = {
              instancePath: instancePath + "/authors/" + i0,
              schemaPath: "#/properties/authors/items/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
            };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
      } else {
        const err7 = {
          instancePath: instancePath + "/authors",
          schemaPath: "#/properties/authors/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array",
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.created !== undefined) {
      let data3 = data.created;
      if (typeof data3 === "string") {
        if (!pattern16.test(data3)) {
          const err8 = {
            instancePath: instancePath + "/created",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/date/pattern",
            keyword: "pattern",
            params: { pattern: "^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])$" },
            message: 'must match pattern "' + "^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])$" + '"',
          };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = {
          instancePath: instancePath + "/created",
          schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/date/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.modified !== undefined) {
      let data4 = data.modified;
      if (typeof data4 === "string") {
        if (!pattern16.test(data4)) {
          const err10 = {
            instancePath: instancePath + "/modified",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/date/pattern",
            keyword: "pattern",
            params: { pattern: "^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])$" },
            message: 'must match pattern "' + "^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])$" + '"',
          };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = {
          instancePath: instancePath + "/modified",
          schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/date/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.sources !== undefined) {
      let data5 = data.sources;
      if (Array.isArray(data5)) {
        const len1 = data5.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data6 = data5[i1];
          if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
            if (data6.title === undefined) {
              const err12 = {
                instancePath: instancePath + "/sources/" + i1,
                schemaPath: "#/properties/sources/items/required",
                keyword: "required",
                params: { missingProperty: "title" },
                message: "must have required property '" + "title" + "'",
              };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
            for (const key1 in data6) {
              if (!(key1 === "title" || key1 === "uri" || key1 === "note")) {
                const err13 = {
                  instancePath: instancePath + "/sources/" + i1,
                  schemaPath: "#/properties/sources/items/additionalProperties",
                  keyword: "additionalProperties",
                  params: { additionalProperty: key1 },
                  message: "must NOT have additional properties",
                };
                if (vErrors === null) {
                  vErrors = [err13];
                } else {
                  vErrors.push(err13);
                }
                errors++;
              }
            }
            if (data6.title !== undefined) {
              let data7 = data6.title;
              if (typeof data7 === "string") {
                if (func2(data7) > 1000) {
                  const err14 = {
                    instancePath: instancePath + "/sources/" + i1 + "/title",
                    schemaPath: "#/properties/sources/items/properties/title/maxLength",
                    keyword: "maxLength",
                    params: { limit: 1000 },
                    message: "must NOT have more than 1000 characters",
                  };
                  if (vErrors === null) {
                    vErrors = [err14];
                  } else {
                    vErrors.push(err14);
                  }
                  errors++;
                }
                if (func2(data7) < 1) {
                  const err15 = {
                    instancePath: instancePath + "/sources/" + i1 + "/title",
                    schemaPath: "#/properties/sources/items/properties/title/minLength",
                    keyword: "minLength",
                    params: { limit: 1 },
                    message: "must NOT have fewer than 1 characters",
                  };
                  if (vErrors === null) {
                    vErrors = [err15];
                  } else {
                    vErrors.push(err15);
                  }
                  errors++;
                }
              } else {
                const err16 = {
                  instancePath: instancePath + "/sources/" + i1 + "/title",
                  schemaPath: "#/properties/sources/items/properties/title/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                };
                if (vErrors === null) {
                  vErrors = [err16];
                } else {
                  vErrors.push(err16);
                }
                errors++;
              }
            }
            if (data6.uri !== undefined) {
              let data8 = data6.uri;
              if (typeof data8 === "string") {
                if (func2(data8) > 2048) {
                  const err17 = {
                    instancePath: instancePath + "/sources/" + i1 + "/uri",
                    schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/uri/maxLength",
                    keyword: "maxLength",
                    params: { limit: 2048 },
                    message: "must NOT have more than 2048 characters",
                  };
                  if (vErrors === null) {
                    vErrors = [err17];
                  } else {
                    vErrors.push(err17);
                  }
                  errors++;
                }
                if (!pattern4.test(data8)) {
                  const err18 = {
                    instancePath: instancePath + "/sources/" + i1 + "/uri",
                    schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/uri/pattern",
                    keyword: "pattern",
                    params: { pattern: "^[A-Za-z][A-Za-z0-9+.-]*:[^\\s]+$" },
                    message: 'must match pattern "' + "^[A-Za-z][A-Za-z0-9+.-]*:[^\\s]+$" + '"',
                  };
                  if (vErrors === null) {
                    vErrors = [err18];
                  } else {
                    vErrors.push(err18);
                  }
                  errors++;
                }
              } else {
                const err19 = {
                  instancePath: instancePath + "/sources/" + i1 + "/uri",
                  schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/uri/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                };
                if (vErrors === null) {
                  vErrors = [err19];
                } else {
                  vErrors.push(err19);
                }
                errors++;
              }
            }
            if (data6.note !== undefined) {
              if (
                !validate24(data6.note, {
                  instancePath: instancePath + "/sources/" + i1 + "/note",
                  parentData: data6,
                  parentDataProperty: "note",
                  rootData,
                  dynamicAnchors,
                })
              ) {
                vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err20 = {
              instancePath: instancePath + "/sources/" + i1,
              schemaPath: "#/properties/sources/items/type",
              keyword: "type",
              params: { type: "object" },
              message: "must be object",
            };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
      } else {
        const err21 = {
          instancePath: instancePath + "/sources",
          schemaPath: "#/properties/sources/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array",
        };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.note !== undefined) {
      if (
        !validate24(data.note, {
          instancePath: instancePath + "/note",
          parentData: data,
          parentDataProperty: "note",
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err22 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
    };
    if (vErrors === null) {
      vErrors = [err22];
    } else {
      vErrors.push(err22);
    }
    errors++;
  }
  validate61.errors = vErrors;
  return errors === 0;
}
validate61.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
const schema59 = {
  title: "Domain",
  description: "A group of related competences.",
  type: "object",
  additionalProperties: false,
  required: ["id", "title"],
  properties: {
    id: { $ref: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id" },
    title: { $ref: "https://w3id.org/competence-kit/schemas/localized-text/v1" },
    description: { $ref: "https://w3id.org/competence-kit/schemas/localized-text/v1" },
  },
};
const pattern20 = new RegExp("^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$", "u");
function validate65(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate65.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === undefined) {
      const err0 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "id" },
        message: "must have required property '" + "id" + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.title === undefined) {
      const err1 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "title" },
        message: "must have required property '" + "title" + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "id" || key0 === "title" || key0 === "description")) {
        const err2 = {
          instancePath,
          schemaPath: "#/additionalProperties",
          keyword: "additionalProperties",
          params: { additionalProperty: key0 },
          message: "must NOT have additional properties",
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.id !== undefined) {
      let data0 = data.id;
      if (typeof data0 === "string") {
        if (func2(data0) > 100) {
          const err3 = {
            instancePath: instancePath + "/id",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/maxLength",
            keyword: "maxLength",
            params: { limit: 100 },
            message: "must NOT have more than 100 characters",
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (func2(data0) < 1) {
          const err4 = {
            instancePath: instancePath + "/id",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/minLength",
            keyword: "minLength",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 characters",
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (!pattern20.test(data0)) {
          const err5 = {
            instancePath: instancePath + "/id",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/pattern",
            keyword: "pattern",
            params: { pattern: "^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$" },
            message: 'must match pattern "' + "^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$" + '"',
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = {
          instancePath: instancePath + "/id",
          schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.title !== undefined) {
      if (
        !validate24(data.title, {
          instancePath: instancePath + "/title",
          parentData: data,
          parentDataProperty: "title",
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
        errors = vErrors.length;
      }
    }
    if (data.description !== undefined) {
      if (
        !validate24(data.description, {
          instancePath: instancePath + "/description",
          parentData: data,
          parentDataProperty: "description",
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err7 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
    };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  validate65.errors = vErrors;
  return errors === 0;
}
validate65.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
const schema61 = {
  title: "Competence",
  description: "One competence: its domain, its dimension and what a person does at each level.",
  type: "object",
  additionalProperties: false,
  required: ["id", "domain", "dimension", "title", "descriptors"],
  properties: {
    id: { $ref: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id" },
    uri: {
      description: "A permanent URI of its own; defaults to `{framework id}#{id}`.",
      $ref: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/uri",
    },
    domain: {
      description: "The id of the domain it belongs to.",
      $ref: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id",
    },
    dimension: { $ref: "#/$defs/dimension" },
    title: { $ref: "https://w3id.org/competence-kit/schemas/localized-text/v1" },
    description: { $ref: "https://w3id.org/competence-kit/schemas/localized-text/v1" },
    descriptors: {
      description: "What a person observably does at each level of the scale, keyed by level id.",
      type: "object",
      minProperties: 1,
      propertyNames: { $ref: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id" },
      additionalProperties: { $ref: "https://w3id.org/competence-kit/schemas/localized-text/v1" },
    },
    notes: {
      description:
        "Remarks for particular contexts (for example a country's legal situation), keyed by a short id such as a country code in lowercase.",
      type: "object",
      propertyNames: { $ref: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id" },
      additionalProperties: { $ref: "https://w3id.org/competence-kit/schemas/localized-text/v1" },
    },
  },
};
const schema65 = {
  title: "Dimension",
  description: "What kind of competence this is.",
  type: "string",
  enum: ["knowledge", "skills", "attitudes", "values"],
};
function validate69(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate69.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === undefined) {
      const err0 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "id" },
        message: "must have required property '" + "id" + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.domain === undefined) {
      const err1 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "domain" },
        message: "must have required property '" + "domain" + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.dimension === undefined) {
      const err2 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "dimension" },
        message: "must have required property '" + "dimension" + "'",
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.title === undefined) {
      const err3 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "title" },
        message: "must have required property '" + "title" + "'",
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.descriptors === undefined) {
      const err4 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "descriptors" },
        message: "must have required property '" + "descriptors" + "'",
      };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(
        key0 === "id" ||
        key0 === "uri" ||
        key0 === "domain" ||
        key0 === "dimension" ||
        key0 === "title" ||
        key0 === "description" ||
        key0 === "descriptors" ||
        key0 === "notes"
      )) {
        const err5 = {
          instancePath,
          schemaPath: "#/additionalProperties",
          keyword: "additionalProperties",
          params: { additionalProperty: key0 },
          message: "must NOT have additional properties",
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.id !== undefined) {
      let data0 = data.id;
      if (typeof data0 === "string") {
        if (func2(data0) > 100) {
          const err6 = {
            instancePath: instancePath + "/id",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/maxLength",
            keyword: "maxLength",
            params: { limit: 100 },
            message: "must NOT have more than 100 characters",
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (func2(data0) < 1) {
          const err7 = {
            instancePath: instancePath + "/id",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/minLength",
            keyword: "minLength",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 characters",
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (!pattern20.test(data0)) {
          const err8 = {
            instancePath: instancePath + "/id",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/pattern",
            keyword: "pattern",
            params: { pattern: "^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$" },
            message: 'must match pattern "' + "^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$" + '"',
          };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = {
          instancePath: instancePath + "/id",
          schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.uri !== undefined) {
      let data1 = data.uri;
      if (typeof data1 === "string") {
        if (func2(data1) > 2048) {
          const err10 = {
            instancePath: instancePath + "/uri",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/uri/maxLength",
            keyword: "maxLength",
            params: { limit: 2048 },
            message: "must NOT have more than 2048 characters",
          };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        if (!pattern4.test(data1)) {
          const err11 = {
            instancePath: instancePath + "/uri",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/uri/pattern",
            keyword: "pattern",
            params: { pattern: "^[A-Za-z][A-Za-z0-9+.-]*:[^\\s]+$" },
            message: 'must match pattern "' + "^[A-Za-z][A-Za-z0-9+.-]*:[^\\s]+$" + '"',
          };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      } else {
        const err12 = {
          instancePath: instancePath + "/uri",
          schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/uri/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.domain !== undefined) {
      let data2 = data.domain;
      if (typeof data2 === "string") {
        if (func2(data2) > 100) {
          const err13 = {
            instancePath: instancePath + "/domain",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/maxLength",
            keyword: "maxLength",
            params: { limit: 100 },
            message: "must NOT have more than 100 characters",
          };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
        if (func2(data2) < 1) {
          const err14 = {
            instancePath: instancePath + "/domain",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/minLength",
            keyword: "minLength",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 characters",
          };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
        if (!pattern20.test(data2)) {
          const err15 = {
            instancePath: instancePath + "/domain",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/pattern",
            keyword: "pattern",
            params: { pattern: "^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$" },
            message: 'must match pattern "' + "^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$" + '"',
          };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      } else {
        const err16 = {
          instancePath: instancePath + "/domain",
          schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.dimension !== undefined) {
      let data3 = data.dimension;
      if (typeof data3 !== "string") {
        const err17 = {
          instancePath: instancePath + "/dimension",
          schemaPath: "#/$defs/dimension/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
      if (!(data3 === "knowledge" || data3 === "skills" || data3 === "attitudes" || data3 === "values")) {
        const err18 = {
          instancePath: instancePath + "/dimension",
          schemaPath: "#/$defs/dimension/enum",
          keyword: "enum",
          params: { allowedValues: schema65.enum },
          message: "must be equal to one of the allowed values",
        };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.title !== undefined) {
      if (
        !validate24(data.title, {
          instancePath: instancePath + "/title",
          parentData: data,
          parentDataProperty: "title",
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
        errors = vErrors.length;
      }
    }
    if (data.description !== undefined) {
      if (
        !validate24(data.description, {
          instancePath: instancePath + "/description",
          parentData: data,
          parentDataProperty: "description",
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
        errors = vErrors.length;
      }
    }
    if (data.descriptors !== undefined) {
      let data6 = data.descriptors;
      if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
        if (Object.keys(data6).length < 1) {
          const err19 = {
            instancePath: instancePath + "/descriptors",
            schemaPath: "#/properties/descriptors/minProperties",
            keyword: "minProperties",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 properties",
          };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
        for (const key1 in data6) {
          const _errs18 = errors;
          if (typeof key1 === "string") {
            if (func2(key1) > 100) {
              const err20 = {
                instancePath: instancePath + "/descriptors",
                schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/maxLength",
                keyword: "maxLength",
                params: { limit: 100 },
                message: "must NOT have more than 100 characters",
                propertyName: key1,
              };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
            if (func2(key1) < 1) {
              const err21 = {
                instancePath: instancePath + "/descriptors",
                schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/minLength",
                keyword: "minLength",
                params: { limit: 1 },
                message: "must NOT have fewer than 1 characters",
                propertyName: key1,
              };
              if (vErrors === null) {
                vErrors = [err21];
              } else {
                vErrors.push(err21);
              }
              errors++;
            }
            if (!pattern20.test(key1)) {
              const err22 = {
                instancePath: instancePath + "/descriptors",
                schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/pattern",
                keyword: "pattern",
                params: { pattern: "^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$" },
                message: 'must match pattern "' + "^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$" + '"',
                propertyName: key1,
              };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
          } else {
            const err23 = {
              instancePath: instancePath + "/descriptors",
              schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
              propertyName: key1,
            };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
          var valid5 = _errs18 === errors;
          if (!valid5) {
            const err24 = {
              instancePath: instancePath + "/descriptors",
              schemaPath: "#/properties/descriptors/propertyNames",
              keyword: "propertyNames",
              params: { propertyName: key1 },
              message: "property name must be valid",
            };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
        for (const key2 in data6) {
          if (
            !validate24(data6[key2], {
              instancePath: instancePath + "/descriptors/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),
              parentData: data6,
              parentDataProperty: key2,
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err25 = {
          instancePath: instancePath + "/descriptors",
          schemaPath: "#/properties/descriptors/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object",
        };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
    if (data.notes !== undefined) {
      let data8 = data.notes;
      if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
        for (const key3 in data8) {
          const _errs25 = errors;
          if (typeof key3 === "string") {
            if (func2(key3) > 100) {
              const err26 = {
                instancePath: instancePath + "/notes",
                schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/maxLength",
                keyword: "maxLength",
                params: { limit: 100 },
                message: "must NOT have more than 100 characters",
                propertyName: key3,
              };
              if (vErrors === null) {
                vErrors = [err26];
              } else {
                vErrors.push(err26);
              }
              errors++;
            }
            if (func2(key3) < 1) {
              const err27 = {
                instancePath: instancePath + "/notes",
                schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/minLength",
                keyword: "minLength",
                params: { limit: 1 },
                message: "must NOT have fewer than 1 characters",
                propertyName: key3,
              };
              if (vErrors === null) {
                vErrors = [err27];
              } else {
                vErrors.push(err27);
              }
              errors++;
            }
            if (!pattern20.test(key3)) {
              const err28 = {
                instancePath: instancePath + "/notes",
                schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/pattern",
                keyword: "pattern",
                params: { pattern: "^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$" },
                message: 'must match pattern "' + "^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$" + '"',
                propertyName: key3,
              };
              if (vErrors === null) {
                vErrors = [err28];
              } else {
                vErrors.push(err28);
              }
              errors++;
            }
          } else {
            const err29 = {
              instancePath: instancePath + "/notes",
              schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
              propertyName: key3,
            };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
          var valid8 = _errs25 === errors;
          if (!valid8) {
            const err30 = {
              instancePath: instancePath + "/notes",
              schemaPath: "#/properties/notes/propertyNames",
              keyword: "propertyNames",
              params: { propertyName: key3 },
              message: "property name must be valid",
            };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
        }
        for (const key4 in data8) {
          if (
            !validate24(data8[key4], {
              instancePath: instancePath + "/notes/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),
              parentData: data8,
              parentDataProperty: key4,
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err31 = {
          instancePath: instancePath + "/notes",
          schemaPath: "#/properties/notes/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object",
        };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
    }
  } else {
    const err32 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
    };
    if (vErrors === null) {
      vErrors = [err32];
    } else {
      vErrors.push(err32);
    }
    errors++;
  }
  validate69.errors = vErrors;
  return errors === 0;
}
validate69.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
const schema68 = {
  title: "RoleProfile",
  description: "A job role and the level it needs in each competence.",
  type: "object",
  additionalProperties: false,
  required: ["id", "title", "targets"],
  properties: {
    id: { $ref: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id" },
    title: { $ref: "https://w3id.org/competence-kit/schemas/localized-text/v1" },
    description: { $ref: "https://w3id.org/competence-kit/schemas/localized-text/v1" },
    targets: {
      description: "The target level per competence: competence id to level id.",
      type: "object",
      propertyNames: { $ref: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id" },
      additionalProperties: { $ref: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id" },
    },
  },
};
function validate75(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate75.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === undefined) {
      const err0 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "id" },
        message: "must have required property '" + "id" + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.title === undefined) {
      const err1 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "title" },
        message: "must have required property '" + "title" + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.targets === undefined) {
      const err2 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "targets" },
        message: "must have required property '" + "targets" + "'",
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "id" || key0 === "title" || key0 === "description" || key0 === "targets")) {
        const err3 = {
          instancePath,
          schemaPath: "#/additionalProperties",
          keyword: "additionalProperties",
          params: { additionalProperty: key0 },
          message: "must NOT have additional properties",
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.id !== undefined) {
      let data0 = data.id;
      if (typeof data0 === "string") {
        if (func2(data0) > 100) {
          const err4 = {
            instancePath: instancePath + "/id",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/maxLength",
            keyword: "maxLength",
            params: { limit: 100 },
            message: "must NOT have more than 100 characters",
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (func2(data0) < 1) {
          const err5 = {
            instancePath: instancePath + "/id",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/minLength",
            keyword: "minLength",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 characters",
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        if (!pattern20.test(data0)) {
          const err6 = {
            instancePath: instancePath + "/id",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/pattern",
            keyword: "pattern",
            params: { pattern: "^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$" },
            message: 'must match pattern "' + "^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$" + '"',
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = {
          instancePath: instancePath + "/id",
          schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.title !== undefined) {
      if (
        !validate24(data.title, {
          instancePath: instancePath + "/title",
          parentData: data,
          parentDataProperty: "title",
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
        errors = vErrors.length;
      }
    }
    if (data.description !== undefined) {
      if (
        !validate24(data.description, {
          instancePath: instancePath + "/description",
          parentData: data,
          parentDataProperty: "description",
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
        errors = vErrors.length;
      }
    }
    if (data.targets !== undefined) {
      let data3 = data.targets;
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        for (const key1 in data3) {
          const _errs9 = errors;
          if (typeof key1 === "string") {
            if (func2(key1) > 100) {
              const err8 = {
                instancePath: instancePath + "/targets",
                schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/maxLength",
                keyword: "maxLength",
                params: { limit: 100 },
                message: "must NOT have more than 100 characters",
                propertyName: key1,
              };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
            if (func2(key1) < 1) {
              const err9 = {
                instancePath: instancePath + "/targets",
                schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/minLength",
                keyword: "minLength",
                params: { limit: 1 },
                message: "must NOT have fewer than 1 characters",
                propertyName: key1,
              };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
            if (!pattern20.test(key1)) {
              const err10 = {
                instancePath: instancePath + "/targets",
                schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/pattern",
                keyword: "pattern",
                params: { pattern: "^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$" },
                message: 'must match pattern "' + "^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$" + '"',
                propertyName: key1,
              };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
          } else {
            const err11 = {
              instancePath: instancePath + "/targets",
              schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
              propertyName: key1,
            };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
          var valid2 = _errs9 === errors;
          if (!valid2) {
            const err12 = {
              instancePath: instancePath + "/targets",
              schemaPath: "#/properties/targets/propertyNames",
              keyword: "propertyNames",
              params: { propertyName: key1 },
              message: "property name must be valid",
            };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        for (const key2 in data3) {
          let data4 = data3[key2];
          if (typeof data4 === "string") {
            if (func2(data4) > 100) {
              const err13 = {
                instancePath: instancePath + "/targets/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),
                schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/maxLength",
                keyword: "maxLength",
                params: { limit: 100 },
                message: "must NOT have more than 100 characters",
              };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
            if (func2(data4) < 1) {
              const err14 = {
                instancePath: instancePath + "/targets/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),
                schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/minLength",
                keyword: "minLength",
                params: { limit: 1 },
                message: "must NOT have fewer than 1 characters",
              };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
            if (!pattern20.test(data4)) {
              const err15 = {
                instancePath: instancePath + "/targets/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),
                schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/pattern",
                keyword: "pattern",
                params: { pattern: "^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$" },
                message: 'must match pattern "' + "^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$" + '"',
              };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
          } else {
            const err16 = {
              instancePath: instancePath + "/targets/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),
              schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
            };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
      } else {
        const err17 = {
          instancePath: instancePath + "/targets",
          schemaPath: "#/properties/targets/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object",
        };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
  } else {
    const err18 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
    };
    if (vErrors === null) {
      vErrors = [err18];
    } else {
      vErrors.push(err18);
    }
    errors++;
  }
  validate75.errors = vErrors;
  return errors === 0;
}
validate75.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
const schema72 = {
  title: "Mapping",
  description: "A relation from one of our competences to a concept of an outside framework, typed with SKOS.",
  type: "object",
  additionalProperties: false,
  required: ["id", "competence", "relation", "scheme", "target"],
  properties: {
    id: { $ref: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id" },
    competence: {
      description: "The id of our competence.",
      $ref: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id",
    },
    relation: { $ref: "#/$defs/skosRelation" },
    scheme: {
      description: "The URI of the outside concept scheme (for example ESCO's skills pillar).",
      $ref: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/uri",
    },
    target: {
      description: "The URI of the outside concept.",
      $ref: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/uri",
    },
    targetLabel: {
      description: "The outside concept's name and number as its publisher gives them.",
      type: "string",
      minLength: 1,
      maxLength: 500,
    },
    rationale: {
      description: "One line on why the relation holds.",
      $ref: "https://w3id.org/competence-kit/schemas/localized-text/v1",
    },
  },
};
function validate79(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate79.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === undefined) {
      const err0 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "id" },
        message: "must have required property '" + "id" + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.competence === undefined) {
      const err1 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "competence" },
        message: "must have required property '" + "competence" + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.relation === undefined) {
      const err2 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "relation" },
        message: "must have required property '" + "relation" + "'",
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.scheme === undefined) {
      const err3 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "scheme" },
        message: "must have required property '" + "scheme" + "'",
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.target === undefined) {
      const err4 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "target" },
        message: "must have required property '" + "target" + "'",
      };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(
        key0 === "id" ||
        key0 === "competence" ||
        key0 === "relation" ||
        key0 === "scheme" ||
        key0 === "target" ||
        key0 === "targetLabel" ||
        key0 === "rationale"
      )) {
        const err5 = {
          instancePath,
          schemaPath: "#/additionalProperties",
          keyword: "additionalProperties",
          params: { additionalProperty: key0 },
          message: "must NOT have additional properties",
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.id !== undefined) {
      let data0 = data.id;
      if (typeof data0 === "string") {
        if (func2(data0) > 100) {
          const err6 = {
            instancePath: instancePath + "/id",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/maxLength",
            keyword: "maxLength",
            params: { limit: 100 },
            message: "must NOT have more than 100 characters",
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (func2(data0) < 1) {
          const err7 = {
            instancePath: instancePath + "/id",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/minLength",
            keyword: "minLength",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 characters",
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (!pattern20.test(data0)) {
          const err8 = {
            instancePath: instancePath + "/id",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/pattern",
            keyword: "pattern",
            params: { pattern: "^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$" },
            message: 'must match pattern "' + "^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$" + '"',
          };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = {
          instancePath: instancePath + "/id",
          schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.competence !== undefined) {
      let data1 = data.competence;
      if (typeof data1 === "string") {
        if (func2(data1) > 100) {
          const err10 = {
            instancePath: instancePath + "/competence",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/maxLength",
            keyword: "maxLength",
            params: { limit: 100 },
            message: "must NOT have more than 100 characters",
          };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        if (func2(data1) < 1) {
          const err11 = {
            instancePath: instancePath + "/competence",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/minLength",
            keyword: "minLength",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 characters",
          };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        if (!pattern20.test(data1)) {
          const err12 = {
            instancePath: instancePath + "/competence",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/pattern",
            keyword: "pattern",
            params: { pattern: "^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$" },
            message: 'must match pattern "' + "^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$" + '"',
          };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      } else {
        const err13 = {
          instancePath: instancePath + "/competence",
          schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.relation !== undefined) {
      let data2 = data.relation;
      if (typeof data2 !== "string") {
        const err14 = {
          instancePath: instancePath + "/relation",
          schemaPath: "#/$defs/skosRelation/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
      if (!(
        data2 === "exactMatch" ||
        data2 === "closeMatch" ||
        data2 === "broadMatch" ||
        data2 === "narrowMatch" ||
        data2 === "related"
      )) {
        const err15 = {
          instancePath: instancePath + "/relation",
          schemaPath: "#/$defs/skosRelation/enum",
          keyword: "enum",
          params: { allowedValues: schema75.enum },
          message: "must be equal to one of the allowed values",
        };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.scheme !== undefined) {
      let data3 = data.scheme;
      if (typeof data3 === "string") {
        if (func2(data3) > 2048) {
          const err16 = {
            instancePath: instancePath + "/scheme",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/uri/maxLength",
            keyword: "maxLength",
            params: { limit: 2048 },
            message: "must NOT have more than 2048 characters",
          };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
        if (!pattern4.test(data3)) {
          const err17 = {
            instancePath: instancePath + "/scheme",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/uri/pattern",
            keyword: "pattern",
            params: { pattern: "^[A-Za-z][A-Za-z0-9+.-]*:[^\\s]+$" },
            message: 'must match pattern "' + "^[A-Za-z][A-Za-z0-9+.-]*:[^\\s]+$" + '"',
          };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      } else {
        const err18 = {
          instancePath: instancePath + "/scheme",
          schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/uri/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.target !== undefined) {
      let data4 = data.target;
      if (typeof data4 === "string") {
        if (func2(data4) > 2048) {
          const err19 = {
            instancePath: instancePath + "/target",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/uri/maxLength",
            keyword: "maxLength",
            params: { limit: 2048 },
            message: "must NOT have more than 2048 characters",
          };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
        if (!pattern4.test(data4)) {
          const err20 = {
            instancePath: instancePath + "/target",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/uri/pattern",
            keyword: "pattern",
            params: { pattern: "^[A-Za-z][A-Za-z0-9+.-]*:[^\\s]+$" },
            message: 'must match pattern "' + "^[A-Za-z][A-Za-z0-9+.-]*:[^\\s]+$" + '"',
          };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
      } else {
        const err21 = {
          instancePath: instancePath + "/target",
          schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/uri/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.targetLabel !== undefined) {
      let data5 = data.targetLabel;
      if (typeof data5 === "string") {
        if (func2(data5) > 500) {
          const err22 = {
            instancePath: instancePath + "/targetLabel",
            schemaPath: "#/properties/targetLabel/maxLength",
            keyword: "maxLength",
            params: { limit: 500 },
            message: "must NOT have more than 500 characters",
          };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
        if (func2(data5) < 1) {
          const err23 = {
            instancePath: instancePath + "/targetLabel",
            schemaPath: "#/properties/targetLabel/minLength",
            keyword: "minLength",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 characters",
          };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
      } else {
        const err24 = {
          instancePath: instancePath + "/targetLabel",
          schemaPath: "#/properties/targetLabel/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.rationale !== undefined) {
      if (
        !validate24(data.rationale, {
          instancePath: instancePath + "/rationale",
          parentData: data,
          parentDataProperty: "rationale",
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err25 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
    };
    if (vErrors === null) {
      vErrors = [err25];
    } else {
      vErrors.push(err25);
    }
    errors++;
  }
  validate79.errors = vErrors;
  return errors === 0;
}
validate79.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
const pattern6 = new RegExp(
  "^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$",
  "u",
);
const pattern10 = new RegExp("^[A-Za-z0-9.+:() -]+$", "u");
function validate20(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://w3id.org/competence-kit/schemas/framework-extension/v1" */ let vErrors = null;
  let errors = 0;
  const evaluated0 = validate20.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.extends === undefined) {
      const err0 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "extends" },
        message: "must have required property '" + "extends" + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.id === undefined) {
      const err1 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "id" },
        message: "must have required property '" + "id" + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.version === undefined) {
      const err2 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "version" },
        message: "must have required property '" + "version" + "'",
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func1.call(schema31.properties, key0)) {
        const err3 = {
          instancePath,
          schemaPath: "#/additionalProperties",
          keyword: "additionalProperties",
          params: { additionalProperty: key0 },
          message: "must NOT have additional properties",
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.$schema !== undefined) {
      if (typeof data.$schema !== "string") {
        const err4 = {
          instancePath: instancePath + "/$schema",
          schemaPath: "#/properties/%24schema/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.extends !== undefined) {
      if (
        !validate22(data.extends, {
          instancePath: instancePath + "/extends",
          parentData: data,
          parentDataProperty: "extends",
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.id !== undefined) {
      let data2 = data.id;
      if (typeof data2 === "string") {
        if (func2(data2) > 2048) {
          const err5 = {
            instancePath: instancePath + "/id",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/uri/maxLength",
            keyword: "maxLength",
            params: { limit: 2048 },
            message: "must NOT have more than 2048 characters",
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        if (!pattern4.test(data2)) {
          const err6 = {
            instancePath: instancePath + "/id",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/uri/pattern",
            keyword: "pattern",
            params: { pattern: "^[A-Za-z][A-Za-z0-9+.-]*:[^\\s]+$" },
            message: 'must match pattern "' + "^[A-Za-z][A-Za-z0-9+.-]*:[^\\s]+$" + '"',
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = {
          instancePath: instancePath + "/id",
          schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/uri/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.version !== undefined) {
      let data3 = data.version;
      if (typeof data3 === "string") {
        if (func2(data3) > 256) {
          const err8 = {
            instancePath: instancePath + "/version",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/semver/maxLength",
            keyword: "maxLength",
            params: { limit: 256 },
            message: "must NOT have more than 256 characters",
          };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        if (!pattern6.test(data3)) {
          const err9 = {
            instancePath: instancePath + "/version",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/semver/pattern",
            keyword: "pattern",
            params: {
              pattern:
                "^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$",
            },
            message:
              'must match pattern "' +
              "^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$" +
              '"',
          };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = {
          instancePath: instancePath + "/version",
          schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/semver/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.title !== undefined) {
      if (
        !validate24(data.title, {
          instancePath: instancePath + "/title",
          parentData: data,
          parentDataProperty: "title",
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
        errors = vErrors.length;
      }
    }
    if (data.description !== undefined) {
      if (
        !validate24(data.description, {
          instancePath: instancePath + "/description",
          parentData: data,
          parentDataProperty: "description",
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
        errors = vErrors.length;
      }
    }
    if (data.locales !== undefined) {
      let data6 = data.locales;
      if (Array.isArray(data6)) {
        const len0 = data6.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data7 = data6[i0];
          if (typeof data7 === "string") {
            if (func2(data7) > 35) {
              const err11 = {
                instancePath: instancePath + "/locales/" + i0,
                schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/locale/maxLength",
                keyword: "maxLength",
                params: { limit: 35 },
                message: "must NOT have more than 35 characters",
              };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
            if (!pattern7.test(data7)) {
              const err12 = {
                instancePath: instancePath + "/locales/" + i0,
                schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/locale/pattern",
                keyword: "pattern",
                params: {
                  pattern:
                    "^[A-Za-z]{2,3}(?:-[A-Za-z]{4})?(?:-(?:[A-Za-z]{2}|[0-9]{3}))?(?:-(?:[A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*$",
                },
                message:
                  'must match pattern "' +
                  "^[A-Za-z]{2,3}(?:-[A-Za-z]{4})?(?:-(?:[A-Za-z]{2}|[0-9]{3}))?(?:-(?:[A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*$" +
                  '"',
              };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
          } else {
            const err13 = {
              instancePath: instancePath + "/locales/" + i0,
              schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/locale/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
            };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        let i1 = data6.length;
        let j0;
        if (i1 > 1) {
          outer0: for (; i1--;) {
            for (j0 = i1; j0--;) {
              if (func0(data6[i1], data6[j0])) {
                const err14 = {
                  instancePath: instancePath + "/locales",
                  schemaPath: "#/properties/locales/uniqueItems",
                  keyword: "uniqueItems",
                  params: { i: i1, j: j0 },
                  message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)",
                };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
                break outer0;
              }
            }
          }
        }
      } else {
        const err15 = {
          instancePath: instancePath + "/locales",
          schemaPath: "#/properties/locales/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array",
        };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.defaultLocale !== undefined) {
      let data8 = data.defaultLocale;
      if (typeof data8 === "string") {
        if (func2(data8) > 35) {
          const err16 = {
            instancePath: instancePath + "/defaultLocale",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/locale/maxLength",
            keyword: "maxLength",
            params: { limit: 35 },
            message: "must NOT have more than 35 characters",
          };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
        if (!pattern7.test(data8)) {
          const err17 = {
            instancePath: instancePath + "/defaultLocale",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/locale/pattern",
            keyword: "pattern",
            params: {
              pattern:
                "^[A-Za-z]{2,3}(?:-[A-Za-z]{4})?(?:-(?:[A-Za-z]{2}|[0-9]{3}))?(?:-(?:[A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*$",
            },
            message:
              'must match pattern "' +
              "^[A-Za-z]{2,3}(?:-[A-Za-z]{4})?(?:-(?:[A-Za-z]{2}|[0-9]{3}))?(?:-(?:[A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*$" +
              '"',
          };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      } else {
        const err18 = {
          instancePath: instancePath + "/defaultLocale",
          schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/locale/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.license !== undefined) {
      let data9 = data.license;
      if (typeof data9 === "string") {
        if (func2(data9) > 200) {
          const err19 = {
            instancePath: instancePath + "/license",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/spdxLicense/maxLength",
            keyword: "maxLength",
            params: { limit: 200 },
            message: "must NOT have more than 200 characters",
          };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
        if (func2(data9) < 1) {
          const err20 = {
            instancePath: instancePath + "/license",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/spdxLicense/minLength",
            keyword: "minLength",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 characters",
          };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
        if (!pattern10.test(data9)) {
          const err21 = {
            instancePath: instancePath + "/license",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/spdxLicense/pattern",
            keyword: "pattern",
            params: { pattern: "^[A-Za-z0-9.+:() -]+$" },
            message: 'must match pattern "' + "^[A-Za-z0-9.+:() -]+$" + '"',
          };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
      } else {
        const err22 = {
          instancePath: instancePath + "/license",
          schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/spdxLicense/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.provenance !== undefined) {
      if (
        !validate61(data.provenance, {
          instancePath: instancePath + "/provenance",
          parentData: data,
          parentDataProperty: "provenance",
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate61.errors : vErrors.concat(validate61.errors);
        errors = vErrors.length;
      }
    }
    if (data.add !== undefined) {
      let data11 = data.add;
      if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
        for (const key1 in data11) {
          if (!(key1 === "domains" || key1 === "competences" || key1 === "roleProfiles" || key1 === "mappings")) {
            const err23 = {
              instancePath: instancePath + "/add",
              schemaPath: "#/properties/add/additionalProperties",
              keyword: "additionalProperties",
              params: { additionalProperty: key1 },
              message: "must NOT have additional properties",
            };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
        if (data11.domains !== undefined) {
          let data12 = data11.domains;
          if (Array.isArray(data12)) {
            const len1 = data12.length;
            for (let i2 = 0; i2 < len1; i2++) {
              if (
                !validate65(data12[i2], {
                  instancePath: instancePath + "/add/domains/" + i2,
                  parentData: data12,
                  parentDataProperty: i2,
                  rootData,
                  dynamicAnchors,
                })
              ) {
                vErrors = vErrors === null ? validate65.errors : vErrors.concat(validate65.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err24 = {
              instancePath: instancePath + "/add/domains",
              schemaPath: "#/properties/add/properties/domains/type",
              keyword: "type",
              params: { type: "array" },
              message: "must be array",
            };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
        if (data11.competences !== undefined) {
          let data14 = data11.competences;
          if (Array.isArray(data14)) {
            const len2 = data14.length;
            for (let i3 = 0; i3 < len2; i3++) {
              if (
                !validate69(data14[i3], {
                  instancePath: instancePath + "/add/competences/" + i3,
                  parentData: data14,
                  parentDataProperty: i3,
                  rootData,
                  dynamicAnchors,
                })
              ) {
                vErrors = vErrors === null ? validate69.errors : vErrors.concat(validate69.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err25 = {
              instancePath: instancePath + "/add/competences",
              schemaPath: "#/properties/add/properties/competences/type",
              keyword: "type",
              params: { type: "array" },
              message: "must be array",
            };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
        if (data11.roleProfiles !== undefined) {
          let data16 = data11.roleProfiles;
          if (Array.isArray(data16)) {
            const len3 = data16.length;
            for (let i4 = 0; i4 < len3; i4++) {
              if (
                !validate75(data16[i4], {
                  instancePath: instancePath + "/add/roleProfiles/" + i4,
                  parentData: data16,
                  parentDataProperty: i4,
                  rootData,
                  dynamicAnchors,
                })
              ) {
                vErrors = vErrors === null ? validate75.errors : vErrors.concat(validate75.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err26 = {
              instancePath: instancePath + "/add/roleProfiles",
              schemaPath: "#/properties/add/properties/roleProfiles/type",
              keyword: "type",
              params: { type: "array" },
              message: "must be array",
            };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
        if (data11.mappings !== undefined) {
          let data18 = data11.mappings;
          if (Array.isArray(data18)) {
            const len4 = data18.length;
            for (let i5 = 0; i5 < len4; i5++) {
              if (
                !validate79(data18[i5], {
                  instancePath: instancePath + "/add/mappings/" + i5,
                  parentData: data18,
                  parentDataProperty: i5,
                  rootData,
                  dynamicAnchors,
                })
              ) {
                vErrors = vErrors === null ? validate79.errors : vErrors.concat(validate79.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err27 = {
              instancePath: instancePath + "/add/mappings",
              schemaPath: "#/properties/add/properties/mappings/type",
              keyword: "type",
              params: { type: "array" },
              message: "must be array",
            };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
      } else {
        const err28 = {
          instancePath: instancePath + "/add",
          schemaPath: "#/properties/add/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object",
        };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
    if (data.modify !== undefined) {
      let data20 = data.modify;
      if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
        for (const key2 in data20) {
          if (!(
            key2 === "scale" ||
            key2 === "domains" ||
            key2 === "competences" ||
            key2 === "roleProfiles" ||
            key2 === "mappings"
          )) {
            const err29 = {
              instancePath: instancePath + "/modify",
              schemaPath: "#/properties/modify/additionalProperties",
              keyword: "additionalProperties",
              params: { additionalProperty: key2 },
              message: "must NOT have additional properties",
            };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
        }
        if (data20.scale !== undefined) {
          let data21 = data20.scale;
          if (data21 && typeof data21 == "object" && !Array.isArray(data21)) {
            for (const key3 in data21) {
              const _errs45 = errors;
              if (typeof key3 === "string") {
                if (func2(key3) > 100) {
                  const err30 = {
                    instancePath: instancePath + "/modify/scale",
                    schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/maxLength",
                    keyword: "maxLength",
                    params: { limit: 100 },
                    message: "must NOT have more than 100 characters",
                    propertyName: key3,
                  };
                  if (vErrors === null) {
                    vErrors = [err30];
                  } else {
                    vErrors.push(err30);
                  }
                  errors++;
                }
                if (func2(key3) < 1) {
                  const err31 = {
                    instancePath: instancePath + "/modify/scale",
                    schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/minLength",
                    keyword: "minLength",
                    params: { limit: 1 },
                    message: "must NOT have fewer than 1 characters",
                    propertyName: key3,
                  };
                  if (vErrors === null) {
                    vErrors = [err31];
                  } else {
                    vErrors.push(err31);
                  }
                  errors++;
                }
                if (!pattern20.test(key3)) {
                  const err32 = {
                    instancePath: instancePath + "/modify/scale",
                    schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/pattern",
                    keyword: "pattern",
                    params: { pattern: "^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$" },
                    message: 'must match pattern "' + "^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$" + '"',
                    propertyName: key3,
                  };
                  if (vErrors === null) {
                    vErrors = [err32];
                  } else {
                    vErrors.push(err32);
                  }
                  errors++;
                }
              } else {
                const err33 = {
                  instancePath: instancePath + "/modify/scale",
                  schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                  propertyName: key3,
                };
                if (vErrors === null) {
                  vErrors = [err33];
                } else {
                  vErrors.push(err33);
                }
                errors++;
              }
              var valid19 = _errs45 === errors;
              if (!valid19) {
                const err34 = {
                  instancePath: instancePath + "/modify/scale",
                  schemaPath: "#/properties/modify/properties/scale/propertyNames",
                  keyword: "propertyNames",
                  params: { propertyName: key3 },
                  message: "property name must be valid",
                };
                if (vErrors === null) {
                  vErrors = [err34];
                } else {
                  vErrors.push(err34);
                }
                errors++;
              }
            }
            for (const key4 in data21) {
              let data22 = data21[key4];
              if (data22 && typeof data22 == "object" && !Array.isArray(data22)) {
                for (const key5 in data22) {
                  if (!(key5 === "title" || key5 === "description")) {
                    const err35 = {
                      instancePath: instancePath + "/modify/scale/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),
                      schemaPath: "#/properties/modify/properties/scale/additionalProperties/additionalProperties",
                      keyword: "additionalProperties",
                      params: { additionalProperty: key5 },
                      message: "must NOT have additional properties",
                    };
                    if (vErrors === null) {
                      vErrors = [err35];
                    } else {
                      vErrors.push(err35);
                    }
                    errors++;
                  }
                }
                if (data22.title !== undefined) {
                  if (
                    !validate24(data22.title, {
                      instancePath:
                        instancePath + "/modify/scale/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/title",
                      parentData: data22,
                      parentDataProperty: "title",
                      rootData,
                      dynamicAnchors,
                    })
                  ) {
                    vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
                    errors = vErrors.length;
                  }
                }
                if (data22.description !== undefined) {
                  if (
                    !validate24(data22.description, {
                      instancePath:
                        instancePath +
                        "/modify/scale/" +
                        key4.replace(/~/g, "~0").replace(/\//g, "~1") +
                        "/description",
                      parentData: data22,
                      parentDataProperty: "description",
                      rootData,
                      dynamicAnchors,
                    })
                  ) {
                    vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
                    errors = vErrors.length;
                  }
                }
              } else {
                const err36 = {
                  instancePath: instancePath + "/modify/scale/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),
                  schemaPath: "#/properties/modify/properties/scale/additionalProperties/type",
                  keyword: "type",
                  params: { type: "object" },
                  message: "must be object",
                };
                if (vErrors === null) {
                  vErrors = [err36];
                } else {
                  vErrors.push(err36);
                }
                errors++;
              }
            }
          } else {
            const err37 = {
              instancePath: instancePath + "/modify/scale",
              schemaPath: "#/properties/modify/properties/scale/type",
              keyword: "type",
              params: { type: "object" },
              message: "must be object",
            };
            if (vErrors === null) {
              vErrors = [err37];
            } else {
              vErrors.push(err37);
            }
            errors++;
          }
        }
        if (data20.domains !== undefined) {
          let data25 = data20.domains;
          if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
            for (const key6 in data25) {
              const _errs56 = errors;
              if (typeof key6 === "string") {
                if (func2(key6) > 100) {
                  const err38 = {
                    instancePath: instancePath + "/modify/domains",
                    schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/maxLength",
                    keyword: "maxLength",
                    params: { limit: 100 },
                    message: "must NOT have more than 100 characters",
                    propertyName: key6,
                  };
                  if (vErrors === null) {
                    vErrors = [err38];
                  } else {
                    vErrors.push(err38);
                  }
                  errors++;
                }
                if (func2(key6) < 1) {
                  const err39 = {
                    instancePath: instancePath + "/modify/domains",
                    schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/minLength",
                    keyword: "minLength",
                    params: { limit: 1 },
                    message: "must NOT have fewer than 1 characters",
                    propertyName: key6,
                  };
                  if (vErrors === null) {
                    vErrors = [err39];
                  } else {
                    vErrors.push(err39);
                  }
                  errors++;
                }
                if (!pattern20.test(key6)) {
                  const err40 = {
                    instancePath: instancePath + "/modify/domains",
                    schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/pattern",
                    keyword: "pattern",
                    params: { pattern: "^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$" },
                    message: 'must match pattern "' + "^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$" + '"',
                    propertyName: key6,
                  };
                  if (vErrors === null) {
                    vErrors = [err40];
                  } else {
                    vErrors.push(err40);
                  }
                  errors++;
                }
              } else {
                const err41 = {
                  instancePath: instancePath + "/modify/domains",
                  schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                  propertyName: key6,
                };
                if (vErrors === null) {
                  vErrors = [err41];
                } else {
                  vErrors.push(err41);
                }
                errors++;
              }
              var valid23 = _errs56 === errors;
              if (!valid23) {
                const err42 = {
                  instancePath: instancePath + "/modify/domains",
                  schemaPath: "#/properties/modify/properties/domains/propertyNames",
                  keyword: "propertyNames",
                  params: { propertyName: key6 },
                  message: "property name must be valid",
                };
                if (vErrors === null) {
                  vErrors = [err42];
                } else {
                  vErrors.push(err42);
                }
                errors++;
              }
            }
            for (const key7 in data25) {
              let data26 = data25[key7];
              if (data26 && typeof data26 == "object" && !Array.isArray(data26)) {
                for (const key8 in data26) {
                  if (!(key8 === "title" || key8 === "description")) {
                    const err43 = {
                      instancePath: instancePath + "/modify/domains/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"),
                      schemaPath: "#/properties/modify/properties/domains/additionalProperties/additionalProperties",
                      keyword: "additionalProperties",
                      params: { additionalProperty: key8 },
                      message: "must NOT have additional properties",
                    };
                    if (vErrors === null) {
                      vErrors = [err43];
                    } else {
                      vErrors.push(err43);
                    }
                    errors++;
                  }
                }
                if (data26.title !== undefined) {
                  if (
                    !validate24(data26.title, {
                      instancePath:
                        instancePath + "/modify/domains/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/title",
                      parentData: data26,
                      parentDataProperty: "title",
                      rootData,
                      dynamicAnchors,
                    })
                  ) {
                    vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
                    errors = vErrors.length;
                  }
                }
                if (data26.description !== undefined) {
                  if (
                    !validate24(data26.description, {
                      instancePath:
                        instancePath +
                        "/modify/domains/" +
                        key7.replace(/~/g, "~0").replace(/\//g, "~1") +
                        "/description",
                      parentData: data26,
                      parentDataProperty: "description",
                      rootData,
                      dynamicAnchors,
                    })
                  ) {
                    vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
                    errors = vErrors.length;
                  }
                }
              } else {
                const err44 = {
                  instancePath: instancePath + "/modify/domains/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"),
                  schemaPath: "#/properties/modify/properties/domains/additionalProperties/type",
                  keyword: "type",
                  params: { type: "object" },
                  message: "must be object",
                };
                if (vErrors === null) {
                  vErrors = [err44];
                } else {
                  vErrors.push(err44);
                }
                errors++;
              }
            }
          } else {
            const err45 = {
              instancePath: instancePath + "/modify/domains",
              schemaPath: "#/properties/modify/properties/domains/type",
              keyword: "type",
              params: { type: "object" },
              message: "must be object",
            };
            if (vErrors === null) {
              vErrors = [err45];
            } else {
              vErrors.push(err45);
            }
            errors++;
          }
        }
        if (data20.competences !== undefined) {
          let data29 = data20.competences;
          if (data29 && typeof data29 == "object" && !Array.isArray(data29)) {
            for (const key9 in data29) {
              const _errs67 = errors;
              if (typeof key9 === "string") {
                if (func2(key9) > 100) {
                  const err46 = {
                    instancePath: instancePath + "/modify/competences",
                    schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/maxLength",
                    keyword: "maxLength",
                    params: { limit: 100 },
                    message: "must NOT have more than 100 characters",
                    propertyName: key9,
                  };
                  if (vErrors === null) {
                    vErrors = [err46];
                  } else {
                    vErrors.push(err46);
                  }
                  errors++;
                }
                if (func2(key9) < 1) {
                  const err47 = {
                    instancePath: instancePath + "/modify/competences",
                    schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/minLength",
                    keyword: "minLength",
                    params: { limit: 1 },
                    message: "must NOT have fewer than 1 characters",
                    propertyName: key9,
                  };
                  if (vErrors === null) {
                    vErrors = [err47];
                  } else {
                    vErrors.push(err47);
                  }
                  errors++;
                }
                if (!pattern20.test(key9)) {
                  const err48 = {
                    instancePath: instancePath + "/modify/competences",
                    schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/pattern",
                    keyword: "pattern",
                    params: { pattern: "^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$" },
                    message: 'must match pattern "' + "^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$" + '"',
                    propertyName: key9,
                  };
                  if (vErrors === null) {
                    vErrors = [err48];
                  } else {
                    vErrors.push(err48);
                  }
                  errors++;
                }
              } else {
                const err49 = {
                  instancePath: instancePath + "/modify/competences",
                  schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                  propertyName: key9,
                };
                if (vErrors === null) {
                  vErrors = [err49];
                } else {
                  vErrors.push(err49);
                }
                errors++;
              }
              var valid27 = _errs67 === errors;
              if (!valid27) {
                const err50 = {
                  instancePath: instancePath + "/modify/competences",
                  schemaPath: "#/properties/modify/properties/competences/propertyNames",
                  keyword: "propertyNames",
                  params: { propertyName: key9 },
                  message: "property name must be valid",
                };
                if (vErrors === null) {
                  vErrors = [err50];
                } else {
                  vErrors.push(err50);
                }
                errors++;
              }
            }
            for (const key10 in data29) {
              let data30 = data29[key10];
              if (data30 && typeof data30 == "object" && !Array.isArray(data30)) {
                for (const key11 in data30) {
                  if (!(
                    key11 === "domain" ||
                    key11 === "title" ||
                    key11 === "description" ||
                    key11 === "descriptors" ||
                    key11 === "notes"
                  )) {
                    const err51 = {
                      instancePath:
                        instancePath + "/modify/competences/" + key10.replace(/~/g, "~0").replace(/\//g, "~1"),
                      schemaPath:
                        "#/properties/modify/properties/competences/additionalProperties/additionalProperties",
                      keyword: "additionalProperties",
                      params: { additionalProperty: key11 },
                      message: "must NOT have additional properties",
                    };
                    if (vErrors === null) {
                      vErrors = [err51];
                    } else {
                      vErrors.push(err51);
                    }
                    errors++;
                  }
                }
                if (data30.domain !== undefined) {
                  let data31 = data30.domain;
                  if (typeof data31 === "string") {
                    if (func2(data31) > 100) {
                      const err52 = {
                        instancePath:
                          instancePath +
                          "/modify/competences/" +
                          key10.replace(/~/g, "~0").replace(/\//g, "~1") +
                          "/domain",
                        schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/maxLength",
                        keyword: "maxLength",
                        params: { limit: 100 },
                        message: "must NOT have more than 100 characters",
                      };
                      if (vErrors === null) {
                        vErrors = [err52];
                      } else {
                        vErrors.push(err52);
                      }
                      errors++;
                    }
                    if (func2(data31) < 1) {
                      const err53 = {
                        instancePath:
                          instancePath +
                          "/modify/competences/" +
                          key10.replace(/~/g, "~0").replace(/\//g, "~1") +
                          "/domain",
                        schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/minLength",
                        keyword: "minLength",
                        params: { limit: 1 },
                        message: "must NOT have fewer than 1 characters",
                      };
                      if (vErrors === null) {
                        vErrors = [err53];
                      } else {
                        vErrors.push(err53);
                      }
                      errors++;
                    }
                    if (!pattern20.test(data31)) {
                      const err54 = {
                        instancePath:
                          instancePath +
                          "/modify/competences/" +
                          key10.replace(/~/g, "~0").replace(/\//g, "~1") +
                          "/domain",
                        schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/pattern",
                        keyword: "pattern",
                        params: { pattern: "^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$" },
                        message: 'must match pattern "' + "^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$" + '"',
                      };
                      if (vErrors === null) {
                        vErrors = [err54];
                      } else {
                        vErrors.push(err54);
                      }
                      errors++;
                    }
                  } else {
                    const err55 = {
                      instancePath:
                        instancePath +
                        "/modify/competences/" +
                        key10.replace(/~/g, "~0").replace(/\//g, "~1") +
                        "/domain",
                      schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/type",
                      keyword: "type",
                      params: { type: "string" },
                      message: "must be string",
                    };
                    if (vErrors === null) {
                      vErrors = [err55];
                    } else {
                      vErrors.push(err55);
                    }
                    errors++;
                  }
                }
                if (data30.title !== undefined) {
                  if (
                    !validate24(data30.title, {
                      instancePath:
                        instancePath +
                        "/modify/competences/" +
                        key10.replace(/~/g, "~0").replace(/\//g, "~1") +
                        "/title",
                      parentData: data30,
                      parentDataProperty: "title",
                      rootData,
                      dynamicAnchors,
                    })
                  ) {
                    vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
                    errors = vErrors.length;
                  }
                }
                if (data30.description !== undefined) {
                  if (
                    !validate24(data30.description, {
                      instancePath:
                        instancePath +
                        "/modify/competences/" +
                        key10.replace(/~/g, "~0").replace(/\//g, "~1") +
                        "/description",
                      parentData: data30,
                      parentDataProperty: "description",
                      rootData,
                      dynamicAnchors,
                    })
                  ) {
                    vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
                    errors = vErrors.length;
                  }
                }
                if (data30.descriptors !== undefined) {
                  let data34 = data30.descriptors;
                  if (data34 && typeof data34 == "object" && !Array.isArray(data34)) {
                    for (const key12 in data34) {
                      const _errs81 = errors;
                      if (typeof key12 === "string") {
                        if (func2(key12) > 100) {
                          const err56 = {
                            instancePath:
                              instancePath +
                              "/modify/competences/" +
                              key10.replace(/~/g, "~0").replace(/\//g, "~1") +
                              "/descriptors",
                            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/maxLength",
                            keyword: "maxLength",
                            params: { limit: 100 },
                            message: "must NOT have more than 100 characters",
                            propertyName: key12,
                          };
                          if (vErrors === null) {
                            vErrors = [err56];
                          } else {
                            vErrors.push(err56);
                          }
                          errors++;
                        }
                        if (func2(key12) < 1) {
                          const err57 = {
                            instancePath:
                              instancePath +
                              "/modify/competences/" +
                              key10.replace(/~/g, "~0").replace(/\//g, "~1") +
                              "/descriptors",
                            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/minLength",
                            keyword: "minLength",
                            params: { limit: 1 },
                            message: "must NOT have fewer than 1 characters",
                            propertyName: key12,
                          };
                          if (vErrors === null) {
                            vErrors = [err57];
                          } else {
                            vErrors.push(err57);
                          }
                          errors++;
                        }
                        if (!pattern20.test(key12)) {
                          const err58 = {
                            instancePath:
                              instancePath +
                              "/modify/competences/" +
                              key10.replace(/~/g, "~0").replace(/\//g, "~1") +
                              "/descriptors",
                            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/pattern",
                            keyword: "pattern",
                            params: { pattern: "^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$" },
                            message: 'must match pattern "' + "^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$" + '"',
                            propertyName: key12,
                          };
                          if (vErrors === null) {
                            vErrors = [err58];
                          } else {
                            vErrors.push(err58);
                          }
                          errors++;
                        }
                      } else {
                        const err59 = {
                          instancePath:
                            instancePath +
                            "/modify/competences/" +
                            key10.replace(/~/g, "~0").replace(/\//g, "~1") +
                            "/descriptors",
                          schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/type",
                          keyword: "type",
                          params: { type: "string" },
                          message: "must be string",
                          propertyName: key12,
                        };
                        if (vErrors === null) {
                          vErrors = [err59];
                        } else {
                          vErrors.push(err59);
                        }
                        errors++;
                      }
                      var valid32 = _errs81 === errors;
                      if (!valid32) {
                        const err60 = {
                          instancePath:
                            instancePath +
                            "/modify/competences/" +
                            key10.replace(/~/g, "~0").replace(/\//g, "~1") +
                            "/descriptors",
                          schemaPath:
                            "#/properties/modify/properties/competences/additionalProperties/properties/descriptors/propertyNames",
                          keyword: "propertyNames",
                          params: { propertyName: key12 },
                          message: "property name must be valid",
                        };
                        if (vErrors === null) {
                          vErrors = [err60];
                        } else {
                          vErrors.push(err60);
                        }
                        errors++;
                      }
                    }
                    for (const key13 in data34) {
                      if (
                        !validate24(data34[key13], {
                          instancePath:
                            instancePath +
                            "/modify/competences/" +
                            key10.replace(/~/g, "~0").replace(/\//g, "~1") +
                            "/descriptors/" +
                            key13.replace(/~/g, "~0").replace(/\//g, "~1"),
                          parentData: data34,
                          parentDataProperty: key13,
                          rootData,
                          dynamicAnchors,
                        })
                      ) {
                        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
                        errors = vErrors.length;
                      }
                    }
                  } else {
                    const err61 = {
                      instancePath:
                        instancePath +
                        "/modify/competences/" +
                        key10.replace(/~/g, "~0").replace(/\//g, "~1") +
                        "/descriptors",
                      schemaPath:
                        "#/properties/modify/properties/competences/additionalProperties/properties/descriptors/type",
                      keyword: "type",
                      params: { type: "object" },
                      message: "must be object",
                    };
                    if (vErrors === null) {
                      vErrors = [err61];
                    } else {
                      vErrors.push(err61);
                    }
                    errors++;
                  }
                }
                if (data30.notes !== undefined) {
                  let data36 = data30.notes;
                  if (data36 && typeof data36 == "object" && !Array.isArray(data36)) {
                    for (const key14 in data36) {
                      const _errs88 = errors;
                      if (typeof key14 === "string") {
                        if (func2(key14) > 100) {
                          const err62 = {
                            instancePath:
                              instancePath +
                              "/modify/competences/" +
                              key10.replace(/~/g, "~0").replace(/\//g, "~1") +
                              "/notes",
                            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/maxLength",
                            keyword: "maxLength",
                            params: { limit: 100 },
                            message: "must NOT have more than 100 characters",
                            propertyName: key14,
                          };
                          if (vErrors === null) {
                            vErrors = [err62];
                          } else {
                            vErrors.push(err62);
                          }
                          errors++;
                        }
                        if (func2(key14) < 1) {
                          const err63 = {
                            instancePath:
                              instancePath +
                              "/modify/competences/" +
                              key10.replace(/~/g, "~0").replace(/\//g, "~1") +
                              "/notes",
                            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/minLength",
                            keyword: "minLength",
                            params: { limit: 1 },
                            message: "must NOT have fewer than 1 characters",
                            propertyName: key14,
                          };
                          if (vErrors === null) {
                            vErrors = [err63];
                          } else {
                            vErrors.push(err63);
                          }
                          errors++;
                        }
                        if (!pattern20.test(key14)) {
                          const err64 = {
                            instancePath:
                              instancePath +
                              "/modify/competences/" +
                              key10.replace(/~/g, "~0").replace(/\//g, "~1") +
                              "/notes",
                            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/pattern",
                            keyword: "pattern",
                            params: { pattern: "^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$" },
                            message: 'must match pattern "' + "^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$" + '"',
                            propertyName: key14,
                          };
                          if (vErrors === null) {
                            vErrors = [err64];
                          } else {
                            vErrors.push(err64);
                          }
                          errors++;
                        }
                      } else {
                        const err65 = {
                          instancePath:
                            instancePath +
                            "/modify/competences/" +
                            key10.replace(/~/g, "~0").replace(/\//g, "~1") +
                            "/notes",
                          schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/type",
                          keyword: "type",
                          params: { type: "string" },
                          message: "must be string",
                          propertyName: key14,
                        };
                        if (vErrors === null) {
                          vErrors = [err65];
                        } else {
                          vErrors.push(err65);
                        }
                        errors++;
                      }
                      var valid35 = _errs88 === errors;
                      if (!valid35) {
                        const err66 = {
                          instancePath:
                            instancePath +
                            "/modify/competences/" +
                            key10.replace(/~/g, "~0").replace(/\//g, "~1") +
                            "/notes",
                          schemaPath:
                            "#/properties/modify/properties/competences/additionalProperties/properties/notes/propertyNames",
                          keyword: "propertyNames",
                          params: { propertyName: key14 },
                          message: "property name must be valid",
                        };
                        if (vErrors === null) {
                          vErrors = [err66];
                        } else {
                          vErrors.push(err66);
                        }
                        errors++;
                      }
                    }
                    for (const key15 in data36) {
                      if (
                        !validate24(data36[key15], {
                          instancePath:
                            instancePath +
                            "/modify/competences/" +
                            key10.replace(/~/g, "~0").replace(/\//g, "~1") +
                            "/notes/" +
                            key15.replace(/~/g, "~0").replace(/\//g, "~1"),
                          parentData: data36,
                          parentDataProperty: key15,
                          rootData,
                          dynamicAnchors,
                        })
                      ) {
                        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
                        errors = vErrors.length;
                      }
                    }
                  } else {
                    const err67 = {
                      instancePath:
                        instancePath +
                        "/modify/competences/" +
                        key10.replace(/~/g, "~0").replace(/\//g, "~1") +
                        "/notes",
                      schemaPath:
                        "#/properties/modify/properties/competences/additionalProperties/properties/notes/type",
                      keyword: "type",
                      params: { type: "object" },
                      message: "must be object",
                    };
                    if (vErrors === null) {
                      vErrors = [err67];
                    } else {
                      vErrors.push(err67);
                    }
                    errors++;
                  }
                }
              } else {
                const err68 = {
                  instancePath: instancePath + "/modify/competences/" + key10.replace(/~/g, "~0").replace(/\//g, "~1"),
                  schemaPath: "#/properties/modify/properties/competences/additionalProperties/type",
                  keyword: "type",
                  params: { type: "object" },
                  message: "must be object",
                };
                if (vErrors === null) {
                  vErrors = [err68];
                } else {
                  vErrors.push(err68);
                }
                errors++;
              }
            }
          } else {
            const err69 = {
              instancePath: instancePath + "/modify/competences",
              schemaPath: "#/properties/modify/properties/competences/type",
              keyword: "type",
              params: { type: "object" },
              message: "must be object",
            };
            if (vErrors === null) {
              vErrors = [err69];
            } else {
              vErrors.push(err69);
            }
            errors++;
          }
        }
        if (data20.roleProfiles !== undefined) {
          let data38 = data20.roleProfiles;
          if (data38 && typeof data38 == "object" && !Array.isArray(data38)) {
            for (const key16 in data38) {
              const _errs95 = errors;
              if (typeof key16 === "string") {
                if (func2(key16) > 100) {
                  const err70 = {
                    instancePath: instancePath + "/modify/roleProfiles",
                    schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/maxLength",
                    keyword: "maxLength",
                    params: { limit: 100 },
                    message: "must NOT have more than 100 characters",
                    propertyName: key16,
                  };
                  if (vErrors === null) {
                    vErrors = [err70];
                  } else {
                    vErrors.push(err70);
                  }
                  errors++;
                }
                if (func2(key16) < 1) {
                  const err71 = {
                    instancePath: instancePath + "/modify/roleProfiles",
                    schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/minLength",
                    keyword: "minLength",
                    params: { limit: 1 },
                    message: "must NOT have fewer than 1 characters",
                    propertyName: key16,
                  };
                  if (vErrors === null) {
                    vErrors = [err71];
                  } else {
                    vErrors.push(err71);
                  }
                  errors++;
                }
                if (!pattern20.test(key16)) {
                  const err72 = {
                    instancePath: instancePath + "/modify/roleProfiles",
                    schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/pattern",
                    keyword: "pattern",
                    params: { pattern: "^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$" },
                    message: 'must match pattern "' + "^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$" + '"',
                    propertyName: key16,
                  };
                  if (vErrors === null) {
                    vErrors = [err72];
                  } else {
                    vErrors.push(err72);
                  }
                  errors++;
                }
              } else {
                const err73 = {
                  instancePath: instancePath + "/modify/roleProfiles",
                  schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                  propertyName: key16,
                };
                if (vErrors === null) {
                  vErrors = [err73];
                } else {
                  vErrors.push(err73);
                }
                errors++;
              }
              var valid38 = _errs95 === errors;
              if (!valid38) {
                const err74 = {
                  instancePath: instancePath + "/modify/roleProfiles",
                  schemaPath: "#/properties/modify/properties/roleProfiles/propertyNames",
                  keyword: "propertyNames",
                  params: { propertyName: key16 },
                  message: "property name must be valid",
                };
                if (vErrors === null) {
                  vErrors = [err74];
                } else {
                  vErrors.push(err74);
                }
                errors++;
              }
            }
            for (const key17 in data38) {
              let data39 = data38[key17];
              if (data39 && typeof data39 == "object" && !Array.isArray(data39)) {
                for (const key18 in data39) {
                  if (!(key18 === "title" || key18 === "description" || key18 === "targets")) {
                    const err75 = {
                      instancePath:
                        instancePath + "/modify/roleProfiles/" + key17.replace(/~/g, "~0").replace(/\//g, "~1"),
                      schemaPath:
                        "#/properties/modify/properties/roleProfiles/additionalProperties/additionalProperties",
                      keyword: "additionalProperties",
                      params: { additionalProperty: key18 },
                      message: "must NOT have additional properties",
                    };
                    if (vErrors === null) {
                      vErrors = [err75];
                    } else {
                      vErrors.push(err75);
                    }
                    errors++;
                  }
                }
                if (data39.title !== undefined) {
                  if (
                    !validate24(data39.title, {
                      instancePath:
                        instancePath +
                        "/modify/roleProfiles/" +
                        key17.replace(/~/g, "~0").replace(/\//g, "~1") +
                        "/title",
                      parentData: data39,
                      parentDataProperty: "title",
                      rootData,
                      dynamicAnchors,
                    })
                  ) {
                    vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
                    errors = vErrors.length;
                  }
                }
                if (data39.description !== undefined) {
                  if (
                    !validate24(data39.description, {
                      instancePath:
                        instancePath +
                        "/modify/roleProfiles/" +
                        key17.replace(/~/g, "~0").replace(/\//g, "~1") +
                        "/description",
                      parentData: data39,
                      parentDataProperty: "description",
                      rootData,
                      dynamicAnchors,
                    })
                  ) {
                    vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
                    errors = vErrors.length;
                  }
                }
                if (data39.targets !== undefined) {
                  let data42 = data39.targets;
                  if (data42 && typeof data42 == "object" && !Array.isArray(data42)) {
                    for (const key19 in data42) {
                      const _errs106 = errors;
                      if (typeof key19 === "string") {
                        if (func2(key19) > 100) {
                          const err76 = {
                            instancePath:
                              instancePath +
                              "/modify/roleProfiles/" +
                              key17.replace(/~/g, "~0").replace(/\//g, "~1") +
                              "/targets",
                            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/maxLength",
                            keyword: "maxLength",
                            params: { limit: 100 },
                            message: "must NOT have more than 100 characters",
                            propertyName: key19,
                          };
                          if (vErrors === null) {
                            vErrors = [err76];
                          } else {
                            vErrors.push(err76);
                          }
                          errors++;
                        }
                        if (func2(key19) < 1) {
                          const err77 = {
                            instancePath:
                              instancePath +
                              "/modify/roleProfiles/" +
                              key17.replace(/~/g, "~0").replace(/\//g, "~1") +
                              "/targets",
                            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/minLength",
                            keyword: "minLength",
                            params: { limit: 1 },
                            message: "must NOT have fewer than 1 characters",
                            propertyName: key19,
                          };
                          if (vErrors === null) {
                            vErrors = [err77];
                          } else {
                            vErrors.push(err77);
                          }
                          errors++;
                        }
                        if (!pattern20.test(key19)) {
                          const err78 = {
                            instancePath:
                              instancePath +
                              "/modify/roleProfiles/" +
                              key17.replace(/~/g, "~0").replace(/\//g, "~1") +
                              "/targets",
                            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/pattern",
                            keyword: "pattern",
                            params: { pattern: "^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$" },
                            message: 'must match pattern "' + "^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$" + '"',
                            propertyName: key19,
                          };
                          if (vErrors === null) {
                            vErrors = [err78];
                          } else {
                            vErrors.push(err78);
                          }
                          errors++;
                        }
                      } else {
                        const err79 = {
                          instancePath:
                            instancePath +
                            "/modify/roleProfiles/" +
                            key17.replace(/~/g, "~0").replace(/\//g, "~1") +
                            "/targets",
                          schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/type",
                          keyword: "type",
                          params: { type: "string" },
                          message: "must be string",
                          propertyName: key19,
                        };
                        if (vErrors === null) {
                          vErrors = [err79];
                        } else {
                          vErrors.push(err79);
                        }
                        errors++;
                      }
                      var valid42 = _errs106 === errors;
                      if (!valid42) {
                        const err80 = {
                          instancePath:
                            instancePath +
                            "/modify/roleProfiles/" +
                            key17.replace(/~/g, "~0").replace(/\//g, "~1") +
                            "/targets",
                          schemaPath:
                            "#/properties/modify/properties/roleProfiles/additionalProperties/properties/targets/propertyNames",
                          keyword: "propertyNames",
                          params: { propertyName: key19 },
                          message: "property name must be valid",
                        };
                        if (vErrors === null) {
                          vErrors = [err80];
                        } else {
                          vErrors.push(err80);
                        }
                        errors++;
                      }
                    }
                    for (const key20 in data42) {
                      let data43 = data42[key20];
                      const _errs111 = errors;
                      let valid45 = false;
                      let passing0 = null;
                      const _errs112 = errors;
                      if (typeof data43 === "string") {
                        if (func2(data43) > 100) {
                          const err81 = {
                            instancePath:
                              instancePath +
                              "/modify/roleProfiles/" +
                              key17.replace(/~/g, "~0").replace(/\//g, "~1") +
                              "/targets/" +
                              key20.replace(/~/g, "~0").replace(/\//g, "~1"),
                            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/maxLength",
                            keyword: "maxLength",
                            params: { limit: 100 },
                            message: "must NOT have more than 100 characters",
                          };
                          if (vErrors === null) {
                            vErrors = [err81];
                          } else {
                            vErrors.push(err81);
                          }
                          errors++;
                        }
                        if (func2(data43) < 1) {
                          const err82 = {
                            instancePath:
                              instancePath +
                              "/modify/roleProfiles/" +
                              key17.replace(/~/g, "~0").replace(/\//g, "~1") +
                              "/targets/" +
                              key20.replace(/~/g, "~0").replace(/\//g, "~1"),
                            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/minLength",
                            keyword: "minLength",
                            params: { limit: 1 },
                            message: "must NOT have fewer than 1 characters",
                          };
                          if (vErrors === null) {
                            vErrors = [err82];
                          } else {
                            vErrors.push(err82);
                          }
                          errors++;
                        }
                        if (!pattern20.test(data43)) {
                          const err83 = {
                            instancePath:
                              instancePath +
                              "/modify/roleProfiles/" +
                              key17.replace(/~/g, "~0").replace(/\//g, "~1") +
                              "/targets/" +
                              key20.replace(/~/g, "~0").replace(/\//g, "~1"),
                            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/pattern",
                            keyword: "pattern",
                            params: { pattern: "^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$" },
                            message: 'must match pattern "' + "^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$" + '"',
                          };
                          if (vErrors === null) {
                            vErrors = [err83];
                          } else {
                            vErrors.push(err83);
                          }
                          errors++;
                        }
                      } else {
                        const err84 = {
                          instancePath:
                            instancePath +
                            "/modify/roleProfiles/" +
                            key17.replace(/~/g, "~0").replace(/\//g, "~1") +
                            "/targets/" +
                            key20.replace(/~/g, "~0").replace(/\//g, "~1"),
                          schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/type",
                          keyword: "type",
                          params: { type: "string" },
                          message: "must be string",
                        };
                        if (vErrors === null) {
                          vErrors = [err84];
                        } else {
                          vErrors.push(err84);
                        }
                        errors++;
                      }
                      var _valid0 = _errs112 === errors;
                      if (_valid0) {
                        valid45 = true;
                        passing0 = 0;
                      }
                      const _errs115 = errors;
                      if (data43 !== null) {
                        const err85 = {
                          instancePath:
                            instancePath +
                            "/modify/roleProfiles/" +
                            key17.replace(/~/g, "~0").replace(/\//g, "~1") +
                            "/targets/" +
                            key20.replace(/~/g, "~0").replace(/\//g, "~1"),
                          schemaPath:
                            "#/properties/modify/properties/roleProfiles/additionalProperties/properties/targets/additionalProperties/oneOf/1/type",
                          keyword: "type",
                          params: { type: "null" },
                          message: "must be null",
                        };
                        if (vErrors === null) {
                          vErrors = [err85];
                        } else {
                          vErrors.push(err85);
                        }
                        errors++;
                      }
                      var _valid0 = _errs115 === errors;
                      if (_valid0 && valid45) {
                        valid45 = false;
                        passing0 = [passing0, 1];
                      } else {
                        if (_valid0) {
                          valid45 = true;
                          passing0 = 1;
                        }
                      }
                      if (!valid45) {
                        const err86 = {
                          instancePath:
                            instancePath +
                            "/modify/roleProfiles/" +
                            key17.replace(/~/g, "~0").replace(/\//g, "~1") +
                            "/targets/" +
                            key20.replace(/~/g, "~0").replace(/\//g, "~1"),
                          schemaPath:
                            "#/properties/modify/properties/roleProfiles/additionalProperties/properties/targets/additionalProperties/oneOf",
                          keyword: "oneOf",
                          params: { passingSchemas: passing0 },
                          message: "must match exactly one schema in oneOf",
                        };
                        if (vErrors === null) {
                          vErrors = [err86];
                        } else {
                          vErrors.push(err86);
                        }
                        errors++;
                      } else {
                        errors = _errs111;
                        if (vErrors !== null) {
                          if (_errs111) {
                            vErrors.length = _errs111;
                          } else {
                            vErrors = null;
                          }
                        }
                      }
                    }
                  } else {
                    const err87 = {
                      instancePath:
                        instancePath +
                        "/modify/roleProfiles/" +
                        key17.replace(/~/g, "~0").replace(/\//g, "~1") +
                        "/targets",
                      schemaPath:
                        "#/properties/modify/properties/roleProfiles/additionalProperties/properties/targets/type",
                      keyword: "type",
                      params: { type: "object" },
                      message: "must be object",
                    };
                    if (vErrors === null) {
                      vErrors = [err87];
                    } else {
                      vErrors.push(err87);
                    }
                    errors++;
                  }
                }
              } else {
                const err88 = {
                  instancePath: instancePath + "/modify/roleProfiles/" + key17.replace(/~/g, "~0").replace(/\//g, "~1"),
                  schemaPath: "#/properties/modify/properties/roleProfiles/additionalProperties/type",
                  keyword: "type",
                  params: { type: "object" },
                  message: "must be object",
                };
                if (vErrors === null) {
                  vErrors = [err88];
                } else {
                  vErrors.push(err88);
                }
                errors++;
              }
            }
          } else {
            const err89 = {
              instancePath: instancePath + "/modify/roleProfiles",
              schemaPath: "#/properties/modify/properties/roleProfiles/type",
              keyword: "type",
              params: { type: "object" },
              message: "must be object",
            };
            if (vErrors === null) {
              vErrors = [err89];
            } else {
              vErrors.push(err89);
            }
            errors++;
          }
        }
        if (data20.mappings !== undefined) {
          let data44 = data20.mappings;
          if (data44 && typeof data44 == "object" && !Array.isArray(data44)) {
            for (const key21 in data44) {
              const _errs119 = errors;
              if (typeof key21 === "string") {
                if (func2(key21) > 100) {
                  const err90 = {
                    instancePath: instancePath + "/modify/mappings",
                    schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/maxLength",
                    keyword: "maxLength",
                    params: { limit: 100 },
                    message: "must NOT have more than 100 characters",
                    propertyName: key21,
                  };
                  if (vErrors === null) {
                    vErrors = [err90];
                  } else {
                    vErrors.push(err90);
                  }
                  errors++;
                }
                if (func2(key21) < 1) {
                  const err91 = {
                    instancePath: instancePath + "/modify/mappings",
                    schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/minLength",
                    keyword: "minLength",
                    params: { limit: 1 },
                    message: "must NOT have fewer than 1 characters",
                    propertyName: key21,
                  };
                  if (vErrors === null) {
                    vErrors = [err91];
                  } else {
                    vErrors.push(err91);
                  }
                  errors++;
                }
                if (!pattern20.test(key21)) {
                  const err92 = {
                    instancePath: instancePath + "/modify/mappings",
                    schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/pattern",
                    keyword: "pattern",
                    params: { pattern: "^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$" },
                    message: 'must match pattern "' + "^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$" + '"',
                    propertyName: key21,
                  };
                  if (vErrors === null) {
                    vErrors = [err92];
                  } else {
                    vErrors.push(err92);
                  }
                  errors++;
                }
              } else {
                const err93 = {
                  instancePath: instancePath + "/modify/mappings",
                  schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                  propertyName: key21,
                };
                if (vErrors === null) {
                  vErrors = [err93];
                } else {
                  vErrors.push(err93);
                }
                errors++;
              }
              var valid47 = _errs119 === errors;
              if (!valid47) {
                const err94 = {
                  instancePath: instancePath + "/modify/mappings",
                  schemaPath: "#/properties/modify/properties/mappings/propertyNames",
                  keyword: "propertyNames",
                  params: { propertyName: key21 },
                  message: "property name must be valid",
                };
                if (vErrors === null) {
                  vErrors = [err94];
                } else {
                  vErrors.push(err94);
                }
                errors++;
              }
            }
            for (const key22 in data44) {
              let data45 = data44[key22];
              if (data45 && typeof data45 == "object" && !Array.isArray(data45)) {
                for (const key23 in data45) {
                  if (!(key23 === "relation" || key23 === "targetLabel" || key23 === "rationale")) {
                    const err95 = {
                      instancePath: instancePath + "/modify/mappings/" + key22.replace(/~/g, "~0").replace(/\//g, "~1"),
                      schemaPath: "#/properties/modify/properties/mappings/additionalProperties/additionalProperties",
                      keyword: "additionalProperties",
                      params: { additionalProperty: key23 },
                      message: "must NOT have additional properties",
                    };
                    if (vErrors === null) {
                      vErrors = [err95];
                    } else {
                      vErrors.push(err95);
                    }
                    errors++;
                  }
                }
                if (data45.relation !== undefined) {
                  let data46 = data45.relation;
                  if (typeof data46 !== "string") {
                    const err96 = {
                      instancePath:
                        instancePath +
                        "/modify/mappings/" +
                        key22.replace(/~/g, "~0").replace(/\//g, "~1") +
                        "/relation",
                      schemaPath: "https://w3id.org/competence-kit/schemas/framework/v1#/$defs/skosRelation/type",
                      keyword: "type",
                      params: { type: "string" },
                      message: "must be string",
                    };
                    if (vErrors === null) {
                      vErrors = [err96];
                    } else {
                      vErrors.push(err96);
                    }
                    errors++;
                  }
                  if (!(
                    data46 === "exactMatch" ||
                    data46 === "closeMatch" ||
                    data46 === "broadMatch" ||
                    data46 === "narrowMatch" ||
                    data46 === "related"
                  )) {
                    const err97 = {
                      instancePath:
                        instancePath +
                        "/modify/mappings/" +
                        key22.replace(/~/g, "~0").replace(/\//g, "~1") +
                        "/relation",
                      schemaPath: "https://w3id.org/competence-kit/schemas/framework/v1#/$defs/skosRelation/enum",
                      keyword: "enum",
                      params: { allowedValues: schema75.enum },
                      message: "must be equal to one of the allowed values",
                    };
                    if (vErrors === null) {
                      vErrors = [err97];
                    } else {
                      vErrors.push(err97);
                    }
                    errors++;
                  }
                }
                if (data45.targetLabel !== undefined) {
                  let data47 = data45.targetLabel;
                  if (typeof data47 === "string") {
                    if (func2(data47) > 500) {
                      const err98 = {
                        instancePath:
                          instancePath +
                          "/modify/mappings/" +
                          key22.replace(/~/g, "~0").replace(/\//g, "~1") +
                          "/targetLabel",
                        schemaPath:
                          "#/properties/modify/properties/mappings/additionalProperties/properties/targetLabel/maxLength",
                        keyword: "maxLength",
                        params: { limit: 500 },
                        message: "must NOT have more than 500 characters",
                      };
                      if (vErrors === null) {
                        vErrors = [err98];
                      } else {
                        vErrors.push(err98);
                      }
                      errors++;
                    }
                    if (func2(data47) < 1) {
                      const err99 = {
                        instancePath:
                          instancePath +
                          "/modify/mappings/" +
                          key22.replace(/~/g, "~0").replace(/\//g, "~1") +
                          "/targetLabel",
                        schemaPath:
                          "#/properties/modify/properties/mappings/additionalProperties/properties/targetLabel/minLength",
                        keyword: "minLength",
                        params: { limit: 1 },
                        message: "must NOT have fewer than 1 characters",
                      };
                      if (vErrors === null) {
                        vErrors = [err99];
                      } else {
                        vErrors.push(err99);
                      }
                      errors++;
                    }
                  } else {
                    const err100 = {
                      instancePath:
                        instancePath +
                        "/modify/mappings/" +
                        key22.replace(/~/g, "~0").replace(/\//g, "~1") +
                        "/targetLabel",
                      schemaPath:
                        "#/properties/modify/properties/mappings/additionalProperties/properties/targetLabel/type",
                      keyword: "type",
                      params: { type: "string" },
                      message: "must be string",
                    };
                    if (vErrors === null) {
                      vErrors = [err100];
                    } else {
                      vErrors.push(err100);
                    }
                    errors++;
                  }
                }
                if (data45.rationale !== undefined) {
                  if (
                    !validate24(data45.rationale, {
                      instancePath:
                        instancePath +
                        "/modify/mappings/" +
                        key22.replace(/~/g, "~0").replace(/\//g, "~1") +
                        "/rationale",
                      parentData: data45,
                      parentDataProperty: "rationale",
                      rootData,
                      dynamicAnchors,
                    })
                  ) {
                    vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
                    errors = vErrors.length;
                  }
                }
              } else {
                const err101 = {
                  instancePath: instancePath + "/modify/mappings/" + key22.replace(/~/g, "~0").replace(/\//g, "~1"),
                  schemaPath: "#/properties/modify/properties/mappings/additionalProperties/type",
                  keyword: "type",
                  params: { type: "object" },
                  message: "must be object",
                };
                if (vErrors === null) {
                  vErrors = [err101];
                } else {
                  vErrors.push(err101);
                }
                errors++;
              }
            }
          } else {
            const err102 = {
              instancePath: instancePath + "/modify/mappings",
              schemaPath: "#/properties/modify/properties/mappings/type",
              keyword: "type",
              params: { type: "object" },
              message: "must be object",
            };
            if (vErrors === null) {
              vErrors = [err102];
            } else {
              vErrors.push(err102);
            }
            errors++;
          }
        }
      } else {
        const err103 = {
          instancePath: instancePath + "/modify",
          schemaPath: "#/properties/modify/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object",
        };
        if (vErrors === null) {
          vErrors = [err103];
        } else {
          vErrors.push(err103);
        }
        errors++;
      }
    }
    if (data.remove !== undefined) {
      let data49 = data.remove;
      if (data49 && typeof data49 == "object" && !Array.isArray(data49)) {
        for (const key24 in data49) {
          if (!(key24 === "domains" || key24 === "competences" || key24 === "roleProfiles" || key24 === "mappings")) {
            const err104 = {
              instancePath: instancePath + "/remove",
              schemaPath: "#/properties/remove/additionalProperties",
              keyword: "additionalProperties",
              params: { additionalProperty: key24 },
              message: "must NOT have additional properties",
            };
            if (vErrors === null) {
              vErrors = [err104];
            } else {
              vErrors.push(err104);
            }
            errors++;
          }
        }
        if (data49.domains !== undefined) {
          let data50 = data49.domains;
          if (Array.isArray(data50)) {
            const len5 = data50.length;
            for (let i6 = 0; i6 < len5; i6++) {
              let data51 = data50[i6];
              if (typeof data51 === "string") {
                if (func2(data51) > 100) {
                  const err105 = {
                    instancePath: instancePath + "/remove/domains/" + i6,
                    schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/maxLength",
                    keyword: "maxLength",
                    params: { limit: 100 },
                    message: "must NOT have more than 100 characters",
                  };
                  if (vErrors === null) {
                    vErrors = [err105];
                  } else {
                    vErrors.push(err105);
                  }
                  errors++;
                }
                if (func2(data51) < 1) {
                  const err106 = {
                    instancePath: instancePath + "/remove/domains/" + i6,
                    schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/minLength",
                    keyword: "minLength",
                    params: { limit: 1 },
                    message: "must NOT have fewer than 1 characters",
                  };
                  if (vErrors === null) {
                    vErrors = [err106];
                  } else {
                    vErrors.push(err106);
                  }
                  errors++;
                }
                if (!pattern20.test(data51)) {
                  const err107 = {
                    instancePath: instancePath + "/remove/domains/" + i6,
                    schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/pattern",
                    keyword: "pattern",
                    params: { pattern: "^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$" },
                    message: 'must match pattern "' + "^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$" + '"',
                  };
                  if (vErrors === null) {
                    vErrors = [err107];
                  } else {
                    vErrors.push(err107);
                  }
                  errors++;
                }
              } else {
                const err108 = {
                  instancePath: instancePath + "/remove/domains/" + i6,
                  schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                };
                if (vErrors === null) {
                  vErrors = [err108];
                } else {
                  vErrors.push(err108);
                }
                errors++;
              }
            }
            let i7 = data50.length;
            let j1;
            if (i7 > 1) {
              outer1: for (; i7--;) {
                for (j1 = i7; j1--;) {
                  if (func0(data50[i7], data50[j1])) {
                    const err109 = {
                      instancePath: instancePath + "/remove/domains",
                      schemaPath: "#/properties/remove/properties/domains/uniqueItems",
                      keyword: "uniqueItems",
                      params: { i: i7, j: j1 },
                      message: "must NOT have duplicate items (items ## " + j1 + " and " + i7 + " are identical)",
                    };
                    if (vErrors === null) {
                      vErrors = [err109];
                    } else {
                      vErrors.push(err109);
                    }
                    errors++;
                    break outer1;
                  }
                }
              }
            }
          } else {
            const err110 = {
              instancePath: instancePath + "/remove/domains",
              schemaPath: "#/properties/remove/properties/domains/type",
              keyword: "type",
              params: { type: "array" },
              message: "must be array",
            };
            if (vErrors === null) {
              vErrors = [err110];
            } else {
              vErrors.push(err110);
            }
            errors++;
          }
        }
        if (data49.competences !== undefined) {
          let data52 = data49.competences;
          if (Array.isArray(data52)) {
            const len6 = data52.length;
            for (let i8 = 0; i8 < len6; i8++) {
              let data53 = data52[i8];
              if (typeof data53 === "string") {
                if (func2(data53) > 100) {
                  const err111 = {
                    instancePath: instancePath + "/remove/competences/" + i8,
                    schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/maxLength",
                    keyword: "maxLength",
                    params: { limit: 100 },
                    message: "must NOT have more than 100 characters",
                  };
                  if (vErrors === null) {
                    vErrors = [err111];
                  } else {
                    vErrors.push(err111);
                  }
                  errors++;
                }
                if (func2(data53) < 1) {
                  const err112 = {
                    instancePath: instancePath + "/remove/competences/" + i8,
                    schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/minLength",
                    keyword: "minLength",
                    params: { limit: 1 },
                    message: "must NOT have fewer than 1 characters",
                  };
                  if (vErrors === null) {
                    vErrors = [err112];
                  } else {
                    vErrors.push(err112);
                  }
                  errors++;
                }
                if (!pattern20.test(data53)) {
                  const err113 = {
                    instancePath: instancePath + "/remove/competences/" + i8,
                    schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/pattern",
                    keyword: "pattern",
                    params: { pattern: "^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$" },
                    message: 'must match pattern "' + "^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$" + '"',
                  };
                  if (vErrors === null) {
                    vErrors = [err113];
                  } else {
                    vErrors.push(err113);
                  }
                  errors++;
                }
              } else {
                const err114 = {
                  instancePath: instancePath + "/remove/competences/" + i8,
                  schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                };
                if (vErrors === null) {
                  vErrors = [err114];
                } else {
                  vErrors.push(err114);
                }
                errors++;
              }
            }
            let i9 = data52.length;
            let j2;
            if (i9 > 1) {
              outer2: for (; i9--;) {
                for (j2 = i9; j2--;) {
                  if (func0(data52[i9], data52[j2])) {
                    const err115 = {
                      instancePath: instancePath + "/remove/competences",
                      schemaPath: "#/properties/remove/properties/competences/uniqueItems",
                      keyword: "uniqueItems",
                      params: { i: i9, j: j2 },
                      message: "must NOT have duplicate items (items ## " + j2 + " and " + i9 + " are identical)",
                    };
                    if (vErrors === null) {
                      vErrors = [err115];
                    } else {
                      vErrors.push(err115);
                    }
                    errors++;
                    break outer2;
                  }
                }
              }
            }
          } else {
            const err116 = {
              instancePath: instancePath + "/remove/competences",
              schemaPath: "#/properties/remove/properties/competences/type",
              keyword: "type",
              params: { type: "array" },
              message: "must be array",
            };
            if (vErrors === null) {
              vErrors = [err116];
            } else {
              vErrors.push(err116);
            }
            errors++;
          }
        }
        if (data49.roleProfiles !== undefined) {
          let data54 = data49.roleProfiles;
          if (Array.isArray(data54)) {
            const len7 = data54.length;
            for (let i10 = 0; i10 < len7; i10++) {
              let data55 = data54[i10];
              if (typeof data55 === "string") {
                if (func2(data55) > 100) {
                  const err117 = {
                    instancePath: instancePath + "/remove/roleProfiles/" + i10,
                    schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/maxLength",
                    keyword: "maxLength",
                    params: { limit: 100 },
                    message: "must NOT have more than 100 characters",
                  };
                  if (vErrors === null) {
                    vErrors = [err117];
                  } else {
                    vErrors.push(err117);
                  }
                  errors++;
                }
                if (func2(data55) < 1) {
                  const err118 = {
                    instancePath: instancePath + "/remove/roleProfiles/" + i10,
                    schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/minLength",
                    keyword: "minLength",
                    params: { limit: 1 },
                    message: "must NOT have fewer than 1 characters",
                  };
                  if (vErrors === null) {
                    vErrors = [err118];
                  } else {
                    vErrors.push(err118);
                  }
                  errors++;
                }
                if (!pattern20.test(data55)) {
                  const err119 = {
                    instancePath: instancePath + "/remove/roleProfiles/" + i10,
                    schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/pattern",
                    keyword: "pattern",
                    params: { pattern: "^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$" },
                    message: 'must match pattern "' + "^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$" + '"',
                  };
                  if (vErrors === null) {
                    vErrors = [err119];
                  } else {
                    vErrors.push(err119);
                  }
                  errors++;
                }
              } else {
                const err120 = {
                  instancePath: instancePath + "/remove/roleProfiles/" + i10,
                  schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                };
                if (vErrors === null) {
                  vErrors = [err120];
                } else {
                  vErrors.push(err120);
                }
                errors++;
              }
            }
            let i11 = data54.length;
            let j3;
            if (i11 > 1) {
              outer3: for (; i11--;) {
                for (j3 = i11; j3--;) {
                  if (func0(data54[i11], data54[j3])) {
                    const err121 = {
                      instancePath: instancePath + "/remove/roleProfiles",
                      schemaPath: "#/properties/remove/properties/roleProfiles/uniqueItems",
                      keyword: "uniqueItems",
                      params: { i: i11, j: j3 },
                      message: "must NOT have duplicate items (items ## " + j3 + " and " + i11 + " are identical)",
                    };
                    if (vErrors === null) {
                      vErrors = [err121];
                    } else {
                      vErrors.push(err121);
                    }
                    errors++;
                    break outer3;
                  }
                }
              }
            }
          } else {
            const err122 = {
              instancePath: instancePath + "/remove/roleProfiles",
              schemaPath: "#/properties/remove/properties/roleProfiles/type",
              keyword: "type",
              params: { type: "array" },
              message: "must be array",
            };
            if (vErrors === null) {
              vErrors = [err122];
            } else {
              vErrors.push(err122);
            }
            errors++;
          }
        }
        if (data49.mappings !== undefined) {
          let data56 = data49.mappings;
          if (Array.isArray(data56)) {
            const len8 = data56.length;
            for (let i12 = 0; i12 < len8; i12++) {
              let data57 = data56[i12];
              if (typeof data57 === "string") {
                if (func2(data57) > 100) {
                  const err123 = {
                    instancePath: instancePath + "/remove/mappings/" + i12,
                    schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/maxLength",
                    keyword: "maxLength",
                    params: { limit: 100 },
                    message: "must NOT have more than 100 characters",
                  };
                  if (vErrors === null) {
                    vErrors = [err123];
                  } else {
                    vErrors.push(err123);
                  }
                  errors++;
                }
                if (func2(data57) < 1) {
                  const err124 = {
                    instancePath: instancePath + "/remove/mappings/" + i12,
                    schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/minLength",
                    keyword: "minLength",
                    params: { limit: 1 },
                    message: "must NOT have fewer than 1 characters",
                  };
                  if (vErrors === null) {
                    vErrors = [err124];
                  } else {
                    vErrors.push(err124);
                  }
                  errors++;
                }
                if (!pattern20.test(data57)) {
                  const err125 = {
                    instancePath: instancePath + "/remove/mappings/" + i12,
                    schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/pattern",
                    keyword: "pattern",
                    params: { pattern: "^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$" },
                    message: 'must match pattern "' + "^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$" + '"',
                  };
                  if (vErrors === null) {
                    vErrors = [err125];
                  } else {
                    vErrors.push(err125);
                  }
                  errors++;
                }
              } else {
                const err126 = {
                  instancePath: instancePath + "/remove/mappings/" + i12,
                  schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                };
                if (vErrors === null) {
                  vErrors = [err126];
                } else {
                  vErrors.push(err126);
                }
                errors++;
              }
            }
            let i13 = data56.length;
            let j4;
            if (i13 > 1) {
              outer4: for (; i13--;) {
                for (j4 = i13; j4--;) {
                  if (func0(data56[i13], data56[j4])) {
                    const err127 = {
                      instancePath: instancePath + "/remove/mappings",
                      schemaPath: "#/properties/remove/properties/mappings/uniqueItems",
                      keyword: "uniqueItems",
                      params: { i: i13, j: j4 },
                      message: "must NOT have duplicate items (items ## " + j4 + " and " + i13 + " are identical)",
                    };
                    if (vErrors === null) {
                      vErrors = [err127];
                    } else {
                      vErrors.push(err127);
                    }
                    errors++;
                    break outer4;
                  }
                }
              }
            }
          } else {
            const err128 = {
              instancePath: instancePath + "/remove/mappings",
              schemaPath: "#/properties/remove/properties/mappings/type",
              keyword: "type",
              params: { type: "array" },
              message: "must be array",
            };
            if (vErrors === null) {
              vErrors = [err128];
            } else {
              vErrors.push(err128);
            }
            errors++;
          }
        }
      } else {
        const err129 = {
          instancePath: instancePath + "/remove",
          schemaPath: "#/properties/remove/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object",
        };
        if (vErrors === null) {
          vErrors = [err129];
        } else {
          vErrors.push(err129);
        }
        errors++;
      }
    }
  } else {
    const err130 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
    };
    if (vErrors === null) {
      vErrors = [err130];
    } else {
      vErrors.push(err130);
    }
    errors++;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
export const validateFramework = validate27;
const schema43 = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://w3id.org/competence-kit/schemas/framework/v1",
  title: "Framework",
  description:
    "A competence framework: domains, competences with their dimension, an ordered proficiency scale, a behavioural descriptor per competence and level, role profiles with target levels, and mappings to outside frameworks.",
  type: "object",
  additionalProperties: false,
  required: ["id", "version", "title", "locales", "defaultLocale", "scale", "domains", "competences"],
  properties: {
    $schema: { description: "The URI of this schema, for editors.", type: "string" },
    id: {
      description:
        "The framework's permanent URI. Competence URIs are built as `{id}#{competence id}` unless a competence declares its own.",
      $ref: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/uri",
    },
    version: {
      description:
        "The framework's version. A change that removes or re-scales is major, one that adds is minor, a rewording is a patch (see diffFrameworks).",
      $ref: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/semver",
    },
    title: { $ref: "https://w3id.org/competence-kit/schemas/localized-text/v1" },
    description: { $ref: "https://w3id.org/competence-kit/schemas/localized-text/v1" },
    locales: {
      description:
        "The locales in which every text of the framework must be present. Other locales may appear as partial translations.",
      type: "array",
      minItems: 1,
      uniqueItems: true,
      items: { $ref: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/locale" },
    },
    defaultLocale: {
      description: "The last step of every fallback chain. Must be one of `locales`.",
      $ref: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/locale",
    },
    license: { $ref: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/spdxLicense" },
    provenance: { $ref: "#/$defs/provenance" },
    extends: {
      description:
        "Set when this framework was produced by extending another one: the base framework's id and exact version.",
      $ref: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/frameworkReference",
    },
    scale: { $ref: "#/$defs/scale" },
    domains: { type: "array", minItems: 1, items: { $ref: "#/$defs/domain" } },
    competences: { type: "array", minItems: 1, items: { $ref: "#/$defs/competence" } },
    roleProfiles: { type: "array", items: { $ref: "#/$defs/roleProfile" } },
    mappings: { type: "array", items: { $ref: "#/$defs/mapping" } },
  },
  $defs: {
    dimension: {
      title: "Dimension",
      description: "What kind of competence this is.",
      type: "string",
      enum: ["knowledge", "skills", "attitudes", "values"],
    },
    skosRelation: {
      title: "SkosRelation",
      description: "The SKOS mapping relation from our competence to the outside concept.",
      type: "string",
      enum: ["exactMatch", "closeMatch", "broadMatch", "narrowMatch", "related"],
    },
    provenance: {
      title: "Provenance",
      description: "Who published the framework, when, and what it draws on.",
      type: "object",
      additionalProperties: false,
      properties: {
        publisher: { type: "string", minLength: 1, maxLength: 500 },
        authors: { type: "array", items: { type: "string", minLength: 1, maxLength: 500 } },
        created: { $ref: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/date" },
        modified: { $ref: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/date" },
        sources: {
          description: "What the framework draws on (projects, standards, studies).",
          type: "array",
          items: {
            type: "object",
            additionalProperties: false,
            required: ["title"],
            properties: {
              title: { type: "string", minLength: 1, maxLength: 1000 },
              uri: { $ref: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/uri" },
              note: { $ref: "https://w3id.org/competence-kit/schemas/localized-text/v1" },
            },
          },
        },
        note: { $ref: "https://w3id.org/competence-kit/schemas/localized-text/v1" },
      },
    },
    level: {
      title: "ProficiencyLevel",
      description: "One level of the proficiency scale.",
      type: "object",
      additionalProperties: false,
      required: ["id", "rank", "title"],
      properties: {
        id: { $ref: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id" },
        rank: {
          description: "Position on the scale; strictly increasing from the first level to the last.",
          type: "integer",
          minimum: 0,
          maximum: 100,
        },
        title: { $ref: "https://w3id.org/competence-kit/schemas/localized-text/v1" },
        description: { $ref: "https://w3id.org/competence-kit/schemas/localized-text/v1" },
      },
    },
    scale: {
      title: "ProficiencyScale",
      description: "The ordered levels on which every competence is described and assessed.",
      type: "object",
      additionalProperties: false,
      required: ["levels"],
      properties: {
        title: { $ref: "https://w3id.org/competence-kit/schemas/localized-text/v1" },
        description: { $ref: "https://w3id.org/competence-kit/schemas/localized-text/v1" },
        levels: {
          description: "The levels from lowest to highest.",
          type: "array",
          minItems: 2,
          maxItems: 20,
          items: { $ref: "#/$defs/level" },
        },
      },
    },
    domain: {
      title: "Domain",
      description: "A group of related competences.",
      type: "object",
      additionalProperties: false,
      required: ["id", "title"],
      properties: {
        id: { $ref: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id" },
        title: { $ref: "https://w3id.org/competence-kit/schemas/localized-text/v1" },
        description: { $ref: "https://w3id.org/competence-kit/schemas/localized-text/v1" },
      },
    },
    competence: {
      title: "Competence",
      description: "One competence: its domain, its dimension and what a person does at each level.",
      type: "object",
      additionalProperties: false,
      required: ["id", "domain", "dimension", "title", "descriptors"],
      properties: {
        id: { $ref: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id" },
        uri: {
          description: "A permanent URI of its own; defaults to `{framework id}#{id}`.",
          $ref: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/uri",
        },
        domain: {
          description: "The id of the domain it belongs to.",
          $ref: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id",
        },
        dimension: { $ref: "#/$defs/dimension" },
        title: { $ref: "https://w3id.org/competence-kit/schemas/localized-text/v1" },
        description: { $ref: "https://w3id.org/competence-kit/schemas/localized-text/v1" },
        descriptors: {
          description: "What a person observably does at each level of the scale, keyed by level id.",
          type: "object",
          minProperties: 1,
          propertyNames: { $ref: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id" },
          additionalProperties: { $ref: "https://w3id.org/competence-kit/schemas/localized-text/v1" },
        },
        notes: {
          description:
            "Remarks for particular contexts (for example a country's legal situation), keyed by a short id such as a country code in lowercase.",
          type: "object",
          propertyNames: { $ref: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id" },
          additionalProperties: { $ref: "https://w3id.org/competence-kit/schemas/localized-text/v1" },
        },
      },
    },
    roleProfile: {
      title: "RoleProfile",
      description: "A job role and the level it needs in each competence.",
      type: "object",
      additionalProperties: false,
      required: ["id", "title", "targets"],
      properties: {
        id: { $ref: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id" },
        title: { $ref: "https://w3id.org/competence-kit/schemas/localized-text/v1" },
        description: { $ref: "https://w3id.org/competence-kit/schemas/localized-text/v1" },
        targets: {
          description: "The target level per competence: competence id to level id.",
          type: "object",
          propertyNames: { $ref: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id" },
          additionalProperties: { $ref: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id" },
        },
      },
    },
    mapping: {
      title: "Mapping",
      description: "A relation from one of our competences to a concept of an outside framework, typed with SKOS.",
      type: "object",
      additionalProperties: false,
      required: ["id", "competence", "relation", "scheme", "target"],
      properties: {
        id: { $ref: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id" },
        competence: {
          description: "The id of our competence.",
          $ref: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id",
        },
        relation: { $ref: "#/$defs/skosRelation" },
        scheme: {
          description: "The URI of the outside concept scheme (for example ESCO's skills pillar).",
          $ref: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/uri",
        },
        target: {
          description: "The URI of the outside concept.",
          $ref: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/uri",
        },
        targetLabel: {
          description: "The outside concept's name and number as its publisher gives them.",
          type: "string",
          minLength: 1,
          maxLength: 500,
        },
        rationale: {
          description: "One line on why the relation holds.",
          $ref: "https://w3id.org/competence-kit/schemas/localized-text/v1",
        },
      },
    },
  },
};
function validate30(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate30.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(
        key0 === "publisher" ||
        key0 === "authors" ||
        key0 === "created" ||
        key0 === "modified" ||
        key0 === "sources" ||
        key0 === "note"
      )) {
        const err0 = {
          instancePath,
          schemaPath: "#/additionalProperties",
          keyword: "additionalProperties",
          params: { additionalProperty: key0 },
          message: "must NOT have additional properties",
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.publisher !== undefined) {
      let data0 = data.publisher;
      if (typeof data0 === "string") {
        if (func2(data0) > 500) {
          const err1 = {
            instancePath: instancePath + "/publisher",
            schemaPath: "#/properties/publisher/maxLength",
            keyword: "maxLength",
            params: { limit: 500 },
            message: "must NOT have more than 500 characters",
          };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        if (func2(data0) < 1) {
          const err2 = {
            instancePath: instancePath + "/publisher",
            schemaPath: "#/properties/publisher/minLength",
            keyword: "minLength",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 characters",
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = {
          instancePath: instancePath + "/publisher",
          schemaPath: "#/properties/publisher/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.authors !== undefined) {
      let data1 = data.authors;
      if (Array.isArray(data1)) {
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data2 = data1[i0];
          if (typeof data2 === "string") {
            if (func2(data2) > 500) {
              const err4 = {
                instancePath: instancePath + "/authors/" + i0,
                schemaPath: "#/properties/authors/items/maxLength",
                keyword: "maxLength",
                params: { limit: 500 },
                message: "must NOT have more than 500 characters",
              };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
            if (func2(data2) < 1) {
              const err5 = {
                instancePath: instancePath + "/authors/" + i0,
                schemaPath: "#/properties/authors/items/minLength",
                keyword: "minLength",
                params: { limit: 1 },
                message: "must NOT have fewer than 1 characters",
              };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
          } else {
            const err6 = {
              instancePath: instancePath + "/authors/" + i0,
              schemaPath: "#/properties/authors/items/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
            };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
      } else {
        const err7 = {
          instancePath: instancePath + "/authors",
          schemaPath: "#/properties/authors/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array",
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.created !== undefined) {
      let data3 = data.created;
      if (typeof data3 === "string") {
        if (!pattern16.test(data3)) {
          const err8 = {
            instancePath: instancePath + "/created",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/date/pattern",
            keyword: "pattern",
            params: { pattern: "^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])$" },
            message: 'must match pattern "' + "^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])$" + '"',
          };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = {
          instancePath: instancePath + "/created",
          schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/date/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.modified !== undefined) {
      let data4 = data.modified;
      if (typeof data4 === "string") {
        if (!pattern16.test(data4)) {
          const err10 = {
            instancePath: instancePath + "/modified",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/date/pattern",
            keyword: "pattern",
            params: { pattern: "^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])$" },
            message: 'must match pattern "' + "^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])$" + '"',
          };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = {
          instancePath: instancePath + "/modified",
          schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/date/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.sources !== undefined) {
      let data5 = data.sources;
      if (Array.isArray(data5)) {
        const len1 = data5.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data6 = data5[i1];
          if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
            if (data6.title === undefined) {
              const err12 = {
                instancePath: instancePath + "/sources/" + i1,
                schemaPath: "#/properties/sources/items/required",
                keyword: "required",
                params: { missingProperty: "title" },
                message: "must have required property '" + "title" + "'",
              };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
            for (const key1 in data6) {
              if (!(key1 === "title" || key1 === "uri" || key1 === "note")) {
                const err13 = {
                  instancePath: instancePath + "/sources/" + i1,
                  schemaPath: "#/properties/sources/items/additionalProperties",
                  keyword: "additionalProperties",
                  params: { additionalProperty: key1 },
                  message: "must NOT have additional properties",
                };
                if (vErrors === null) {
                  vErrors = [err13];
                } else {
                  vErrors.push(err13);
                }
                errors++;
              }
            }
            if (data6.title !== undefined) {
              let data7 = data6.title;
              if (typeof data7 === "string") {
                if (func2(data7) > 1000) {
                  const err14 = {
                    instancePath: instancePath + "/sources/" + i1 + "/title",
                    schemaPath: "#/properties/sources/items/properties/title/maxLength",
                    keyword: "maxLength",
                    params: { limit: 1000 },
                    message: "must NOT have more than 1000 characters",
                  };
                  if (vErrors === null) {
                    vErrors = [err14];
                  } else {
                    vErrors.push(err14);
                  }
                  errors++;
                }
                if (func2(data7) < 1) {
                  const err15 = {
                    instancePath: instancePath + "/sources/" + i1 + "/title",
                    schemaPath: "#/properties/sources/items/properties/title/minLength",
                    keyword: "minLength",
                    params: { limit: 1 },
                    message: "must NOT have fewer than 1 characters",
                  };
                  if (vErrors === null) {
                    vErrors = [err15];
                  } else {
                    vErrors.push(err15);
                  }
                  errors++;
                }
              } else {
                const err16 = {
                  instancePath: instancePath + "/sources/" + i1 + "/title",
                  schemaPath: "#/properties/sources/items/properties/title/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                };
                if (vErrors === null) {
                  vErrors = [err16];
                } else {
                  vErrors.push(err16);
                }
                errors++;
              }
            }
            if (data6.uri !== undefined) {
              let data8 = data6.uri;
              if (typeof data8 === "string") {
                if (func2(data8) > 2048) {
                  const err17 = {
                    instancePath: instancePath + "/sources/" + i1 + "/uri",
                    schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/uri/maxLength",
                    keyword: "maxLength",
                    params: { limit: 2048 },
                    message: "must NOT have more than 2048 characters",
                  };
                  if (vErrors === null) {
                    vErrors = [err17];
                  } else {
                    vErrors.push(err17);
                  }
                  errors++;
                }
                if (!pattern4.test(data8)) {
                  const err18 = {
                    instancePath: instancePath + "/sources/" + i1 + "/uri",
                    schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/uri/pattern",
                    keyword: "pattern",
                    params: { pattern: "^[A-Za-z][A-Za-z0-9+.-]*:[^\\s]+$" },
                    message: 'must match pattern "' + "^[A-Za-z][A-Za-z0-9+.-]*:[^\\s]+$" + '"',
                  };
                  if (vErrors === null) {
                    vErrors = [err18];
                  } else {
                    vErrors.push(err18);
                  }
                  errors++;
                }
              } else {
                const err19 = {
                  instancePath: instancePath + "/sources/" + i1 + "/uri",
                  schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/uri/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                };
                if (vErrors === null) {
                  vErrors = [err19];
                } else {
                  vErrors.push(err19);
                }
                errors++;
              }
            }
            if (data6.note !== undefined) {
              if (
                !validate24(data6.note, {
                  instancePath: instancePath + "/sources/" + i1 + "/note",
                  parentData: data6,
                  parentDataProperty: "note",
                  rootData,
                  dynamicAnchors,
                })
              ) {
                vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err20 = {
              instancePath: instancePath + "/sources/" + i1,
              schemaPath: "#/properties/sources/items/type",
              keyword: "type",
              params: { type: "object" },
              message: "must be object",
            };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
      } else {
        const err21 = {
          instancePath: instancePath + "/sources",
          schemaPath: "#/properties/sources/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array",
        };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.note !== undefined) {
      if (
        !validate24(data.note, {
          instancePath: instancePath + "/note",
          parentData: data,
          parentDataProperty: "note",
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err22 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
    };
    if (vErrors === null) {
      vErrors = [err22];
    } else {
      vErrors.push(err22);
    }
    errors++;
  }
  validate30.errors = vErrors;
  return errors === 0;
}
validate30.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
function validate34(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate34.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === undefined) {
      const err0 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "id" },
        message: "must have required property '" + "id" + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.version === undefined) {
      const err1 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "version" },
        message: "must have required property '" + "version" + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "id" || key0 === "version")) {
        const err2 = {
          instancePath,
          schemaPath: "#/additionalProperties",
          keyword: "additionalProperties",
          params: { additionalProperty: key0 },
          message: "must NOT have additional properties",
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.id !== undefined) {
      let data0 = data.id;
      if (typeof data0 === "string") {
        if (func2(data0) > 2048) {
          const err3 = {
            instancePath: instancePath + "/id",
            schemaPath: "#/$defs/uri/maxLength",
            keyword: "maxLength",
            params: { limit: 2048 },
            message: "must NOT have more than 2048 characters",
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (!pattern4.test(data0)) {
          const err4 = {
            instancePath: instancePath + "/id",
            schemaPath: "#/$defs/uri/pattern",
            keyword: "pattern",
            params: { pattern: "^[A-Za-z][A-Za-z0-9+.-]*:[^\\s]+$" },
            message: 'must match pattern "' + "^[A-Za-z][A-Za-z0-9+.-]*:[^\\s]+$" + '"',
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = {
          instancePath: instancePath + "/id",
          schemaPath: "#/$defs/uri/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.version !== undefined) {
      let data1 = data.version;
      if (typeof data1 === "string") {
        if (func2(data1) > 256) {
          const err6 = {
            instancePath: instancePath + "/version",
            schemaPath: "#/$defs/semverRange/maxLength",
            keyword: "maxLength",
            params: { limit: 256 },
            message: "must NOT have more than 256 characters",
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (func2(data1) < 1) {
          const err7 = {
            instancePath: instancePath + "/version",
            schemaPath: "#/$defs/semverRange/minLength",
            keyword: "minLength",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 characters",
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = {
          instancePath: instancePath + "/version",
          schemaPath: "#/$defs/semverRange/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
  } else {
    const err9 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
    };
    if (vErrors === null) {
      vErrors = [err9];
    } else {
      vErrors.push(err9);
    }
    errors++;
  }
  validate34.errors = vErrors;
  return errors === 0;
}
validate34.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
const schema56 = {
  title: "ProficiencyScale",
  description: "The ordered levels on which every competence is described and assessed.",
  type: "object",
  additionalProperties: false,
  required: ["levels"],
  properties: {
    title: { $ref: "https://w3id.org/competence-kit/schemas/localized-text/v1" },
    description: { $ref: "https://w3id.org/competence-kit/schemas/localized-text/v1" },
    levels: {
      description: "The levels from lowest to highest.",
      type: "array",
      minItems: 2,
      maxItems: 20,
      items: { $ref: "#/$defs/level" },
    },
  },
};
const schema57 = {
  title: "ProficiencyLevel",
  description: "One level of the proficiency scale.",
  type: "object",
  additionalProperties: false,
  required: ["id", "rank", "title"],
  properties: {
    id: { $ref: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id" },
    rank: {
      description: "Position on the scale; strictly increasing from the first level to the last.",
      type: "integer",
      minimum: 0,
      maximum: 100,
    },
    title: { $ref: "https://w3id.org/competence-kit/schemas/localized-text/v1" },
    description: { $ref: "https://w3id.org/competence-kit/schemas/localized-text/v1" },
  },
};
function validate39(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate39.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === undefined) {
      const err0 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "id" },
        message: "must have required property '" + "id" + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.rank === undefined) {
      const err1 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "rank" },
        message: "must have required property '" + "rank" + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.title === undefined) {
      const err2 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "title" },
        message: "must have required property '" + "title" + "'",
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "id" || key0 === "rank" || key0 === "title" || key0 === "description")) {
        const err3 = {
          instancePath,
          schemaPath: "#/additionalProperties",
          keyword: "additionalProperties",
          params: { additionalProperty: key0 },
          message: "must NOT have additional properties",
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.id !== undefined) {
      let data0 = data.id;
      if (typeof data0 === "string") {
        if (func2(data0) > 100) {
          const err4 = {
            instancePath: instancePath + "/id",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/maxLength",
            keyword: "maxLength",
            params: { limit: 100 },
            message: "must NOT have more than 100 characters",
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (func2(data0) < 1) {
          const err5 = {
            instancePath: instancePath + "/id",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/minLength",
            keyword: "minLength",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 characters",
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        if (!pattern20.test(data0)) {
          const err6 = {
            instancePath: instancePath + "/id",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/pattern",
            keyword: "pattern",
            params: { pattern: "^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$" },
            message: 'must match pattern "' + "^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$" + '"',
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = {
          instancePath: instancePath + "/id",
          schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.rank !== undefined) {
      let data1 = data.rank;
      if (!(typeof data1 == "number" && !(data1 % 1) && !isNaN(data1) && isFinite(data1))) {
        const err8 = {
          instancePath: instancePath + "/rank",
          schemaPath: "#/properties/rank/type",
          keyword: "type",
          params: { type: "integer" },
          message: "must be integer",
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
      if (typeof data1 == "number" && isFinite(data1)) {
        if (data1 > 100 || isNaN(data1)) {
          const err9 = {
            instancePath: instancePath + "/rank",
            schemaPath: "#/properties/rank/maximum",
            keyword: "maximum",
            params: { comparison: "<=", limit: 100 },
            message: "must be <= 100",
          };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        if (data1 < 0 || isNaN(data1)) {
          const err10 = {
            instancePath: instancePath + "/rank",
            schemaPath: "#/properties/rank/minimum",
            keyword: "minimum",
            params: { comparison: ">=", limit: 0 },
            message: "must be >= 0",
          };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      }
    }
    if (data.title !== undefined) {
      if (
        !validate24(data.title, {
          instancePath: instancePath + "/title",
          parentData: data,
          parentDataProperty: "title",
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
        errors = vErrors.length;
      }
    }
    if (data.description !== undefined) {
      if (
        !validate24(data.description, {
          instancePath: instancePath + "/description",
          parentData: data,
          parentDataProperty: "description",
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err11 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
    };
    if (vErrors === null) {
      vErrors = [err11];
    } else {
      vErrors.push(err11);
    }
    errors++;
  }
  validate39.errors = vErrors;
  return errors === 0;
}
validate39.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
function validate36(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate36.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.levels === undefined) {
      const err0 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "levels" },
        message: "must have required property '" + "levels" + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "title" || key0 === "description" || key0 === "levels")) {
        const err1 = {
          instancePath,
          schemaPath: "#/additionalProperties",
          keyword: "additionalProperties",
          params: { additionalProperty: key0 },
          message: "must NOT have additional properties",
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.title !== undefined) {
      if (
        !validate24(data.title, {
          instancePath: instancePath + "/title",
          parentData: data,
          parentDataProperty: "title",
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
        errors = vErrors.length;
      }
    }
    if (data.description !== undefined) {
      if (
        !validate24(data.description, {
          instancePath: instancePath + "/description",
          parentData: data,
          parentDataProperty: "description",
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
        errors = vErrors.length;
      }
    }
    if (data.levels !== undefined) {
      let data2 = data.levels;
      if (Array.isArray(data2)) {
        if (data2.length > 20) {
          const err2 = {
            instancePath: instancePath + "/levels",
            schemaPath: "#/properties/levels/maxItems",
            keyword: "maxItems",
            params: { limit: 20 },
            message: "must NOT have more than 20 items",
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (data2.length < 2) {
          const err3 = {
            instancePath: instancePath + "/levels",
            schemaPath: "#/properties/levels/minItems",
            keyword: "minItems",
            params: { limit: 2 },
            message: "must NOT have fewer than 2 items",
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (
            !validate39(data2[i0], {
              instancePath: instancePath + "/levels/" + i0,
              parentData: data2,
              parentDataProperty: i0,
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate39.errors : vErrors.concat(validate39.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err4 = {
          instancePath: instancePath + "/levels",
          schemaPath: "#/properties/levels/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array",
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
  } else {
    const err5 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
    };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  }
  validate36.errors = vErrors;
  return errors === 0;
}
validate36.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
function validate44(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate44.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === undefined) {
      const err0 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "id" },
        message: "must have required property '" + "id" + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.title === undefined) {
      const err1 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "title" },
        message: "must have required property '" + "title" + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "id" || key0 === "title" || key0 === "description")) {
        const err2 = {
          instancePath,
          schemaPath: "#/additionalProperties",
          keyword: "additionalProperties",
          params: { additionalProperty: key0 },
          message: "must NOT have additional properties",
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.id !== undefined) {
      let data0 = data.id;
      if (typeof data0 === "string") {
        if (func2(data0) > 100) {
          const err3 = {
            instancePath: instancePath + "/id",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/maxLength",
            keyword: "maxLength",
            params: { limit: 100 },
            message: "must NOT have more than 100 characters",
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (func2(data0) < 1) {
          const err4 = {
            instancePath: instancePath + "/id",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/minLength",
            keyword: "minLength",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 characters",
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (!pattern20.test(data0)) {
          const err5 = {
            instancePath: instancePath + "/id",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/pattern",
            keyword: "pattern",
            params: { pattern: "^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$" },
            message: 'must match pattern "' + "^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$" + '"',
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = {
          instancePath: instancePath + "/id",
          schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.title !== undefined) {
      if (
        !validate24(data.title, {
          instancePath: instancePath + "/title",
          parentData: data,
          parentDataProperty: "title",
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
        errors = vErrors.length;
      }
    }
    if (data.description !== undefined) {
      if (
        !validate24(data.description, {
          instancePath: instancePath + "/description",
          parentData: data,
          parentDataProperty: "description",
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err7 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
    };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  validate44.errors = vErrors;
  return errors === 0;
}
validate44.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
function validate48(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate48.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === undefined) {
      const err0 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "id" },
        message: "must have required property '" + "id" + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.domain === undefined) {
      const err1 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "domain" },
        message: "must have required property '" + "domain" + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.dimension === undefined) {
      const err2 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "dimension" },
        message: "must have required property '" + "dimension" + "'",
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.title === undefined) {
      const err3 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "title" },
        message: "must have required property '" + "title" + "'",
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.descriptors === undefined) {
      const err4 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "descriptors" },
        message: "must have required property '" + "descriptors" + "'",
      };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(
        key0 === "id" ||
        key0 === "uri" ||
        key0 === "domain" ||
        key0 === "dimension" ||
        key0 === "title" ||
        key0 === "description" ||
        key0 === "descriptors" ||
        key0 === "notes"
      )) {
        const err5 = {
          instancePath,
          schemaPath: "#/additionalProperties",
          keyword: "additionalProperties",
          params: { additionalProperty: key0 },
          message: "must NOT have additional properties",
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.id !== undefined) {
      let data0 = data.id;
      if (typeof data0 === "string") {
        if (func2(data0) > 100) {
          const err6 = {
            instancePath: instancePath + "/id",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/maxLength",
            keyword: "maxLength",
            params: { limit: 100 },
            message: "must NOT have more than 100 characters",
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (func2(data0) < 1) {
          const err7 = {
            instancePath: instancePath + "/id",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/minLength",
            keyword: "minLength",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 characters",
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (!pattern20.test(data0)) {
          const err8 = {
            instancePath: instancePath + "/id",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/pattern",
            keyword: "pattern",
            params: { pattern: "^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$" },
            message: 'must match pattern "' + "^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$" + '"',
          };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = {
          instancePath: instancePath + "/id",
          schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.uri !== undefined) {
      let data1 = data.uri;
      if (typeof data1 === "string") {
        if (func2(data1) > 2048) {
          const err10 = {
            instancePath: instancePath + "/uri",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/uri/maxLength",
            keyword: "maxLength",
            params: { limit: 2048 },
            message: "must NOT have more than 2048 characters",
          };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        if (!pattern4.test(data1)) {
          const err11 = {
            instancePath: instancePath + "/uri",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/uri/pattern",
            keyword: "pattern",
            params: { pattern: "^[A-Za-z][A-Za-z0-9+.-]*:[^\\s]+$" },
            message: 'must match pattern "' + "^[A-Za-z][A-Za-z0-9+.-]*:[^\\s]+$" + '"',
          };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      } else {
        const err12 = {
          instancePath: instancePath + "/uri",
          schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/uri/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.domain !== undefined) {
      let data2 = data.domain;
      if (typeof data2 === "string") {
        if (func2(data2) > 100) {
          const err13 = {
            instancePath: instancePath + "/domain",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/maxLength",
            keyword: "maxLength",
            params: { limit: 100 },
            message: "must NOT have more than 100 characters",
          };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
        if (func2(data2) < 1) {
          const err14 = {
            instancePath: instancePath + "/domain",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/minLength",
            keyword: "minLength",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 characters",
          };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
        if (!pattern20.test(data2)) {
          const err15 = {
            instancePath: instancePath + "/domain",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/pattern",
            keyword: "pattern",
            params: { pattern: "^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$" },
            message: 'must match pattern "' + "^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$" + '"',
          };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      } else {
        const err16 = {
          instancePath: instancePath + "/domain",
          schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.dimension !== undefined) {
      let data3 = data.dimension;
      if (typeof data3 !== "string") {
        const err17 = {
          instancePath: instancePath + "/dimension",
          schemaPath: "#/$defs/dimension/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
      if (!(data3 === "knowledge" || data3 === "skills" || data3 === "attitudes" || data3 === "values")) {
        const err18 = {
          instancePath: instancePath + "/dimension",
          schemaPath: "#/$defs/dimension/enum",
          keyword: "enum",
          params: { allowedValues: schema65.enum },
          message: "must be equal to one of the allowed values",
        };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.title !== undefined) {
      if (
        !validate24(data.title, {
          instancePath: instancePath + "/title",
          parentData: data,
          parentDataProperty: "title",
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
        errors = vErrors.length;
      }
    }
    if (data.description !== undefined) {
      if (
        !validate24(data.description, {
          instancePath: instancePath + "/description",
          parentData: data,
          parentDataProperty: "description",
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
        errors = vErrors.length;
      }
    }
    if (data.descriptors !== undefined) {
      let data6 = data.descriptors;
      if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
        if (Object.keys(data6).length < 1) {
          const err19 = {
            instancePath: instancePath + "/descriptors",
            schemaPath: "#/properties/descriptors/minProperties",
            keyword: "minProperties",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 properties",
          };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
        for (const key1 in data6) {
          const _errs18 = errors;
          if (typeof key1 === "string") {
            if (func2(key1) > 100) {
              const err20 = {
                instancePath: instancePath + "/descriptors",
                schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/maxLength",
                keyword: "maxLength",
                params: { limit: 100 },
                message: "must NOT have more than 100 characters",
                propertyName: key1,
              };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
            if (func2(key1) < 1) {
              const err21 = {
                instancePath: instancePath + "/descriptors",
                schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/minLength",
                keyword: "minLength",
                params: { limit: 1 },
                message: "must NOT have fewer than 1 characters",
                propertyName: key1,
              };
              if (vErrors === null) {
                vErrors = [err21];
              } else {
                vErrors.push(err21);
              }
              errors++;
            }
            if (!pattern20.test(key1)) {
              const err22 = {
                instancePath: instancePath + "/descriptors",
                schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/pattern",
                keyword: "pattern",
                params: { pattern: "^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$" },
                message: 'must match pattern "' + "^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$" + '"',
                propertyName: key1,
              };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
          } else {
            const err23 = {
              instancePath: instancePath + "/descriptors",
              schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
              propertyName: key1,
            };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
          var valid5 = _errs18 === errors;
          if (!valid5) {
            const err24 = {
              instancePath: instancePath + "/descriptors",
              schemaPath: "#/properties/descriptors/propertyNames",
              keyword: "propertyNames",
              params: { propertyName: key1 },
              message: "property name must be valid",
            };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
        for (const key2 in data6) {
          if (
            !validate24(data6[key2], {
              instancePath: instancePath + "/descriptors/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),
              parentData: data6,
              parentDataProperty: key2,
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err25 = {
          instancePath: instancePath + "/descriptors",
          schemaPath: "#/properties/descriptors/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object",
        };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
    if (data.notes !== undefined) {
      let data8 = data.notes;
      if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
        for (const key3 in data8) {
          const _errs25 = errors;
          if (typeof key3 === "string") {
            if (func2(key3) > 100) {
              const err26 = {
                instancePath: instancePath + "/notes",
                schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/maxLength",
                keyword: "maxLength",
                params: { limit: 100 },
                message: "must NOT have more than 100 characters",
                propertyName: key3,
              };
              if (vErrors === null) {
                vErrors = [err26];
              } else {
                vErrors.push(err26);
              }
              errors++;
            }
            if (func2(key3) < 1) {
              const err27 = {
                instancePath: instancePath + "/notes",
                schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/minLength",
                keyword: "minLength",
                params: { limit: 1 },
                message: "must NOT have fewer than 1 characters",
                propertyName: key3,
              };
              if (vErrors === null) {
                vErrors = [err27];
              } else {
                vErrors.push(err27);
              }
              errors++;
            }
            if (!pattern20.test(key3)) {
              const err28 = {
                instancePath: instancePath + "/notes",
                schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/pattern",
                keyword: "pattern",
                params: { pattern: "^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$" },
                message: 'must match pattern "' + "^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$" + '"',
                propertyName: key3,
              };
              if (vErrors === null) {
                vErrors = [err28];
              } else {
                vErrors.push(err28);
              }
              errors++;
            }
          } else {
            const err29 = {
              instancePath: instancePath + "/notes",
              schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
              propertyName: key3,
            };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
          var valid8 = _errs25 === errors;
          if (!valid8) {
            const err30 = {
              instancePath: instancePath + "/notes",
              schemaPath: "#/properties/notes/propertyNames",
              keyword: "propertyNames",
              params: { propertyName: key3 },
              message: "property name must be valid",
            };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
        }
        for (const key4 in data8) {
          if (
            !validate24(data8[key4], {
              instancePath: instancePath + "/notes/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),
              parentData: data8,
              parentDataProperty: key4,
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err31 = {
          instancePath: instancePath + "/notes",
          schemaPath: "#/properties/notes/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object",
        };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
    }
  } else {
    const err32 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
    };
    if (vErrors === null) {
      vErrors = [err32];
    } else {
      vErrors.push(err32);
    }
    errors++;
  }
  validate48.errors = vErrors;
  return errors === 0;
}
validate48.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
function validate54(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate54.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === undefined) {
      const err0 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "id" },
        message: "must have required property '" + "id" + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.title === undefined) {
      const err1 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "title" },
        message: "must have required property '" + "title" + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.targets === undefined) {
      const err2 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "targets" },
        message: "must have required property '" + "targets" + "'",
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "id" || key0 === "title" || key0 === "description" || key0 === "targets")) {
        const err3 = {
          instancePath,
          schemaPath: "#/additionalProperties",
          keyword: "additionalProperties",
          params: { additionalProperty: key0 },
          message: "must NOT have additional properties",
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.id !== undefined) {
      let data0 = data.id;
      if (typeof data0 === "string") {
        if (func2(data0) > 100) {
          const err4 = {
            instancePath: instancePath + "/id",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/maxLength",
            keyword: "maxLength",
            params: { limit: 100 },
            message: "must NOT have more than 100 characters",
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (func2(data0) < 1) {
          const err5 = {
            instancePath: instancePath + "/id",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/minLength",
            keyword: "minLength",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 characters",
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        if (!pattern20.test(data0)) {
          const err6 = {
            instancePath: instancePath + "/id",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/pattern",
            keyword: "pattern",
            params: { pattern: "^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$" },
            message: 'must match pattern "' + "^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$" + '"',
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = {
          instancePath: instancePath + "/id",
          schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.title !== undefined) {
      if (
        !validate24(data.title, {
          instancePath: instancePath + "/title",
          parentData: data,
          parentDataProperty: "title",
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
        errors = vErrors.length;
      }
    }
    if (data.description !== undefined) {
      if (
        !validate24(data.description, {
          instancePath: instancePath + "/description",
          parentData: data,
          parentDataProperty: "description",
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
        errors = vErrors.length;
      }
    }
    if (data.targets !== undefined) {
      let data3 = data.targets;
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        for (const key1 in data3) {
          const _errs9 = errors;
          if (typeof key1 === "string") {
            if (func2(key1) > 100) {
              const err8 = {
                instancePath: instancePath + "/targets",
                schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/maxLength",
                keyword: "maxLength",
                params: { limit: 100 },
                message: "must NOT have more than 100 characters",
                propertyName: key1,
              };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
            if (func2(key1) < 1) {
              const err9 = {
                instancePath: instancePath + "/targets",
                schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/minLength",
                keyword: "minLength",
                params: { limit: 1 },
                message: "must NOT have fewer than 1 characters",
                propertyName: key1,
              };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
            if (!pattern20.test(key1)) {
              const err10 = {
                instancePath: instancePath + "/targets",
                schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/pattern",
                keyword: "pattern",
                params: { pattern: "^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$" },
                message: 'must match pattern "' + "^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$" + '"',
                propertyName: key1,
              };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
          } else {
            const err11 = {
              instancePath: instancePath + "/targets",
              schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
              propertyName: key1,
            };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
          var valid2 = _errs9 === errors;
          if (!valid2) {
            const err12 = {
              instancePath: instancePath + "/targets",
              schemaPath: "#/properties/targets/propertyNames",
              keyword: "propertyNames",
              params: { propertyName: key1 },
              message: "property name must be valid",
            };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        for (const key2 in data3) {
          let data4 = data3[key2];
          if (typeof data4 === "string") {
            if (func2(data4) > 100) {
              const err13 = {
                instancePath: instancePath + "/targets/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),
                schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/maxLength",
                keyword: "maxLength",
                params: { limit: 100 },
                message: "must NOT have more than 100 characters",
              };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
            if (func2(data4) < 1) {
              const err14 = {
                instancePath: instancePath + "/targets/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),
                schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/minLength",
                keyword: "minLength",
                params: { limit: 1 },
                message: "must NOT have fewer than 1 characters",
              };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
            if (!pattern20.test(data4)) {
              const err15 = {
                instancePath: instancePath + "/targets/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),
                schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/pattern",
                keyword: "pattern",
                params: { pattern: "^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$" },
                message: 'must match pattern "' + "^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$" + '"',
              };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
          } else {
            const err16 = {
              instancePath: instancePath + "/targets/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),
              schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
            };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
      } else {
        const err17 = {
          instancePath: instancePath + "/targets",
          schemaPath: "#/properties/targets/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object",
        };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
  } else {
    const err18 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
    };
    if (vErrors === null) {
      vErrors = [err18];
    } else {
      vErrors.push(err18);
    }
    errors++;
  }
  validate54.errors = vErrors;
  return errors === 0;
}
validate54.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
function validate58(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate58.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === undefined) {
      const err0 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "id" },
        message: "must have required property '" + "id" + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.competence === undefined) {
      const err1 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "competence" },
        message: "must have required property '" + "competence" + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.relation === undefined) {
      const err2 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "relation" },
        message: "must have required property '" + "relation" + "'",
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.scheme === undefined) {
      const err3 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "scheme" },
        message: "must have required property '" + "scheme" + "'",
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.target === undefined) {
      const err4 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "target" },
        message: "must have required property '" + "target" + "'",
      };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(
        key0 === "id" ||
        key0 === "competence" ||
        key0 === "relation" ||
        key0 === "scheme" ||
        key0 === "target" ||
        key0 === "targetLabel" ||
        key0 === "rationale"
      )) {
        const err5 = {
          instancePath,
          schemaPath: "#/additionalProperties",
          keyword: "additionalProperties",
          params: { additionalProperty: key0 },
          message: "must NOT have additional properties",
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.id !== undefined) {
      let data0 = data.id;
      if (typeof data0 === "string") {
        if (func2(data0) > 100) {
          const err6 = {
            instancePath: instancePath + "/id",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/maxLength",
            keyword: "maxLength",
            params: { limit: 100 },
            message: "must NOT have more than 100 characters",
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (func2(data0) < 1) {
          const err7 = {
            instancePath: instancePath + "/id",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/minLength",
            keyword: "minLength",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 characters",
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (!pattern20.test(data0)) {
          const err8 = {
            instancePath: instancePath + "/id",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/pattern",
            keyword: "pattern",
            params: { pattern: "^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$" },
            message: 'must match pattern "' + "^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$" + '"',
          };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = {
          instancePath: instancePath + "/id",
          schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.competence !== undefined) {
      let data1 = data.competence;
      if (typeof data1 === "string") {
        if (func2(data1) > 100) {
          const err10 = {
            instancePath: instancePath + "/competence",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/maxLength",
            keyword: "maxLength",
            params: { limit: 100 },
            message: "must NOT have more than 100 characters",
          };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        if (func2(data1) < 1) {
          const err11 = {
            instancePath: instancePath + "/competence",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/minLength",
            keyword: "minLength",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 characters",
          };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        if (!pattern20.test(data1)) {
          const err12 = {
            instancePath: instancePath + "/competence",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/pattern",
            keyword: "pattern",
            params: { pattern: "^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$" },
            message: 'must match pattern "' + "^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$" + '"',
          };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      } else {
        const err13 = {
          instancePath: instancePath + "/competence",
          schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.relation !== undefined) {
      let data2 = data.relation;
      if (typeof data2 !== "string") {
        const err14 = {
          instancePath: instancePath + "/relation",
          schemaPath: "#/$defs/skosRelation/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
      if (!(
        data2 === "exactMatch" ||
        data2 === "closeMatch" ||
        data2 === "broadMatch" ||
        data2 === "narrowMatch" ||
        data2 === "related"
      )) {
        const err15 = {
          instancePath: instancePath + "/relation",
          schemaPath: "#/$defs/skosRelation/enum",
          keyword: "enum",
          params: { allowedValues: schema75.enum },
          message: "must be equal to one of the allowed values",
        };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.scheme !== undefined) {
      let data3 = data.scheme;
      if (typeof data3 === "string") {
        if (func2(data3) > 2048) {
          const err16 = {
            instancePath: instancePath + "/scheme",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/uri/maxLength",
            keyword: "maxLength",
            params: { limit: 2048 },
            message: "must NOT have more than 2048 characters",
          };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
        if (!pattern4.test(data3)) {
          const err17 = {
            instancePath: instancePath + "/scheme",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/uri/pattern",
            keyword: "pattern",
            params: { pattern: "^[A-Za-z][A-Za-z0-9+.-]*:[^\\s]+$" },
            message: 'must match pattern "' + "^[A-Za-z][A-Za-z0-9+.-]*:[^\\s]+$" + '"',
          };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      } else {
        const err18 = {
          instancePath: instancePath + "/scheme",
          schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/uri/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.target !== undefined) {
      let data4 = data.target;
      if (typeof data4 === "string") {
        if (func2(data4) > 2048) {
          const err19 = {
            instancePath: instancePath + "/target",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/uri/maxLength",
            keyword: "maxLength",
            params: { limit: 2048 },
            message: "must NOT have more than 2048 characters",
          };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
        if (!pattern4.test(data4)) {
          const err20 = {
            instancePath: instancePath + "/target",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/uri/pattern",
            keyword: "pattern",
            params: { pattern: "^[A-Za-z][A-Za-z0-9+.-]*:[^\\s]+$" },
            message: 'must match pattern "' + "^[A-Za-z][A-Za-z0-9+.-]*:[^\\s]+$" + '"',
          };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
      } else {
        const err21 = {
          instancePath: instancePath + "/target",
          schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/uri/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.targetLabel !== undefined) {
      let data5 = data.targetLabel;
      if (typeof data5 === "string") {
        if (func2(data5) > 500) {
          const err22 = {
            instancePath: instancePath + "/targetLabel",
            schemaPath: "#/properties/targetLabel/maxLength",
            keyword: "maxLength",
            params: { limit: 500 },
            message: "must NOT have more than 500 characters",
          };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
        if (func2(data5) < 1) {
          const err23 = {
            instancePath: instancePath + "/targetLabel",
            schemaPath: "#/properties/targetLabel/minLength",
            keyword: "minLength",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 characters",
          };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
      } else {
        const err24 = {
          instancePath: instancePath + "/targetLabel",
          schemaPath: "#/properties/targetLabel/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.rationale !== undefined) {
      if (
        !validate24(data.rationale, {
          instancePath: instancePath + "/rationale",
          parentData: data,
          parentDataProperty: "rationale",
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err25 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
    };
    if (vErrors === null) {
      vErrors = [err25];
    } else {
      vErrors.push(err25);
    }
    errors++;
  }
  validate58.errors = vErrors;
  return errors === 0;
}
validate58.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
function validate27(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://w3id.org/competence-kit/schemas/framework/v1" */ let vErrors = null;
  let errors = 0;
  const evaluated0 = validate27.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === undefined) {
      const err0 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "id" },
        message: "must have required property '" + "id" + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.version === undefined) {
      const err1 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "version" },
        message: "must have required property '" + "version" + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.title === undefined) {
      const err2 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "title" },
        message: "must have required property '" + "title" + "'",
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.locales === undefined) {
      const err3 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "locales" },
        message: "must have required property '" + "locales" + "'",
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.defaultLocale === undefined) {
      const err4 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "defaultLocale" },
        message: "must have required property '" + "defaultLocale" + "'",
      };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.scale === undefined) {
      const err5 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "scale" },
        message: "must have required property '" + "scale" + "'",
      };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.domains === undefined) {
      const err6 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "domains" },
        message: "must have required property '" + "domains" + "'",
      };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.competences === undefined) {
      const err7 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "competences" },
        message: "must have required property '" + "competences" + "'",
      };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func1.call(schema43.properties, key0)) {
        const err8 = {
          instancePath,
          schemaPath: "#/additionalProperties",
          keyword: "additionalProperties",
          params: { additionalProperty: key0 },
          message: "must NOT have additional properties",
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.$schema !== undefined) {
      if (typeof data.$schema !== "string") {
        const err9 = {
          instancePath: instancePath + "/$schema",
          schemaPath: "#/properties/%24schema/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.id !== undefined) {
      let data1 = data.id;
      if (typeof data1 === "string") {
        if (func2(data1) > 2048) {
          const err10 = {
            instancePath: instancePath + "/id",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/uri/maxLength",
            keyword: "maxLength",
            params: { limit: 2048 },
            message: "must NOT have more than 2048 characters",
          };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        if (!pattern4.test(data1)) {
          const err11 = {
            instancePath: instancePath + "/id",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/uri/pattern",
            keyword: "pattern",
            params: { pattern: "^[A-Za-z][A-Za-z0-9+.-]*:[^\\s]+$" },
            message: 'must match pattern "' + "^[A-Za-z][A-Za-z0-9+.-]*:[^\\s]+$" + '"',
          };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      } else {
        const err12 = {
          instancePath: instancePath + "/id",
          schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/uri/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.version !== undefined) {
      let data2 = data.version;
      if (typeof data2 === "string") {
        if (func2(data2) > 256) {
          const err13 = {
            instancePath: instancePath + "/version",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/semver/maxLength",
            keyword: "maxLength",
            params: { limit: 256 },
            message: "must NOT have more than 256 characters",
          };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
        if (!pattern6.test(data2)) {
          const err14 = {
            instancePath: instancePath + "/version",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/semver/pattern",
            keyword: "pattern",
            params: {
              pattern:
                "^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$",
            },
            message:
              'must match pattern "' +
              "^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$" +
              '"',
          };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      } else {
        const err15 = {
          instancePath: instancePath + "/version",
          schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/semver/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.title !== undefined) {
      if (
        !validate24(data.title, {
          instancePath: instancePath + "/title",
          parentData: data,
          parentDataProperty: "title",
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
        errors = vErrors.length;
      }
    }
    if (data.description !== undefined) {
      if (
        !validate24(data.description, {
          instancePath: instancePath + "/description",
          parentData: data,
          parentDataProperty: "description",
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
        errors = vErrors.length;
      }
    }
    if (data.locales !== undefined) {
      let data5 = data.locales;
      if (Array.isArray(data5)) {
        if (data5.length < 1) {
          const err16 = {
            instancePath: instancePath + "/locales",
            schemaPath: "#/properties/locales/minItems",
            keyword: "minItems",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 items",
          };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
        const len0 = data5.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data6 = data5[i0];
          if (typeof data6 === "string") {
            if (func2(data6) > 35) {
              const err17 = {
                instancePath: instancePath + "/locales/" + i0,
                schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/locale/maxLength",
                keyword: "maxLength",
                params: { limit: 35 },
                message: "must NOT have more than 35 characters",
              };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
            if (!pattern7.test(data6)) {
              const err18 = {
                instancePath: instancePath + "/locales/" + i0,
                schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/locale/pattern",
                keyword: "pattern",
                params: {
                  pattern:
                    "^[A-Za-z]{2,3}(?:-[A-Za-z]{4})?(?:-(?:[A-Za-z]{2}|[0-9]{3}))?(?:-(?:[A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*$",
                },
                message:
                  'must match pattern "' +
                  "^[A-Za-z]{2,3}(?:-[A-Za-z]{4})?(?:-(?:[A-Za-z]{2}|[0-9]{3}))?(?:-(?:[A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*$" +
                  '"',
              };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
          } else {
            const err19 = {
              instancePath: instancePath + "/locales/" + i0,
              schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/locale/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
            };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
        let i1 = data5.length;
        let j0;
        if (i1 > 1) {
          outer0: for (; i1--;) {
            for (j0 = i1; j0--;) {
              if (func0(data5[i1], data5[j0])) {
                const err20 = {
                  instancePath: instancePath + "/locales",
                  schemaPath: "#/properties/locales/uniqueItems",
                  keyword: "uniqueItems",
                  params: { i: i1, j: j0 },
                  message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)",
                };
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors++;
                break outer0;
              }
            }
          }
        }
      } else {
        const err21 = {
          instancePath: instancePath + "/locales",
          schemaPath: "#/properties/locales/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array",
        };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.defaultLocale !== undefined) {
      let data7 = data.defaultLocale;
      if (typeof data7 === "string") {
        if (func2(data7) > 35) {
          const err22 = {
            instancePath: instancePath + "/defaultLocale",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/locale/maxLength",
            keyword: "maxLength",
            params: { limit: 35 },
            message: "must NOT have more than 35 characters",
          };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
        if (!pattern7.test(data7)) {
          const err23 = {
            instancePath: instancePath + "/defaultLocale",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/locale/pattern",
            keyword: "pattern",
            params: {
              pattern:
                "^[A-Za-z]{2,3}(?:-[A-Za-z]{4})?(?:-(?:[A-Za-z]{2}|[0-9]{3}))?(?:-(?:[A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*$",
            },
            message:
              'must match pattern "' +
              "^[A-Za-z]{2,3}(?:-[A-Za-z]{4})?(?:-(?:[A-Za-z]{2}|[0-9]{3}))?(?:-(?:[A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*$" +
              '"',
          };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
      } else {
        const err24 = {
          instancePath: instancePath + "/defaultLocale",
          schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/locale/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.license !== undefined) {
      let data8 = data.license;
      if (typeof data8 === "string") {
        if (func2(data8) > 200) {
          const err25 = {
            instancePath: instancePath + "/license",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/spdxLicense/maxLength",
            keyword: "maxLength",
            params: { limit: 200 },
            message: "must NOT have more than 200 characters",
          };
          if (vErrors === null) {
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        }
        if (func2(data8) < 1) {
          const err26 = {
            instancePath: instancePath + "/license",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/spdxLicense/minLength",
            keyword: "minLength",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 characters",
          };
          if (vErrors === null) {
            vErrors = [err26];
          } else {
            vErrors.push(err26);
          }
          errors++;
        }
        if (!pattern10.test(data8)) {
          const err27 = {
            instancePath: instancePath + "/license",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/spdxLicense/pattern",
            keyword: "pattern",
            params: { pattern: "^[A-Za-z0-9.+:() -]+$" },
            message: 'must match pattern "' + "^[A-Za-z0-9.+:() -]+$" + '"',
          };
          if (vErrors === null) {
            vErrors = [err27];
          } else {
            vErrors.push(err27);
          }
          errors++;
        }
      } else {
        const err28 = {
          instancePath: instancePath + "/license",
          schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/spdxLicense/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
    if (data.provenance !== undefined) {
      if (
        !validate30(data.provenance, {
          instancePath: instancePath + "/provenance",
          parentData: data,
          parentDataProperty: "provenance",
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
        errors = vErrors.length;
      }
    }
    if (data.extends !== undefined) {
      if (
        !validate34(data.extends, {
          instancePath: instancePath + "/extends",
          parentData: data,
          parentDataProperty: "extends",
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
    if (data.scale !== undefined) {
      if (
        !validate36(data.scale, {
          instancePath: instancePath + "/scale",
          parentData: data,
          parentDataProperty: "scale",
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
        errors = vErrors.length;
      }
    }
    if (data.domains !== undefined) {
      let data12 = data.domains;
      if (Array.isArray(data12)) {
        if (data12.length < 1) {
          const err29 = {
            instancePath: instancePath + "/domains",
            schemaPath: "#/properties/domains/minItems",
            keyword: "minItems",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 items",
          };
          if (vErrors === null) {
            vErrors = [err29];
          } else {
            vErrors.push(err29);
          }
          errors++;
        }
        const len1 = data12.length;
        for (let i2 = 0; i2 < len1; i2++) {
          if (
            !validate44(data12[i2], {
              instancePath: instancePath + "/domains/" + i2,
              parentData: data12,
              parentDataProperty: i2,
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate44.errors : vErrors.concat(validate44.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err30 = {
          instancePath: instancePath + "/domains",
          schemaPath: "#/properties/domains/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array",
        };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
    }
    if (data.competences !== undefined) {
      let data14 = data.competences;
      if (Array.isArray(data14)) {
        if (data14.length < 1) {
          const err31 = {
            instancePath: instancePath + "/competences",
            schemaPath: "#/properties/competences/minItems",
            keyword: "minItems",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 items",
          };
          if (vErrors === null) {
            vErrors = [err31];
          } else {
            vErrors.push(err31);
          }
          errors++;
        }
        const len2 = data14.length;
        for (let i3 = 0; i3 < len2; i3++) {
          if (
            !validate48(data14[i3], {
              instancePath: instancePath + "/competences/" + i3,
              parentData: data14,
              parentDataProperty: i3,
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate48.errors : vErrors.concat(validate48.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err32 = {
          instancePath: instancePath + "/competences",
          schemaPath: "#/properties/competences/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array",
        };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
    }
    if (data.roleProfiles !== undefined) {
      let data16 = data.roleProfiles;
      if (Array.isArray(data16)) {
        const len3 = data16.length;
        for (let i4 = 0; i4 < len3; i4++) {
          if (
            !validate54(data16[i4], {
              instancePath: instancePath + "/roleProfiles/" + i4,
              parentData: data16,
              parentDataProperty: i4,
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err33 = {
          instancePath: instancePath + "/roleProfiles",
          schemaPath: "#/properties/roleProfiles/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array",
        };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
    }
    if (data.mappings !== undefined) {
      let data18 = data.mappings;
      if (Array.isArray(data18)) {
        const len4 = data18.length;
        for (let i5 = 0; i5 < len4; i5++) {
          if (
            !validate58(data18[i5], {
              instancePath: instancePath + "/mappings/" + i5,
              parentData: data18,
              parentDataProperty: i5,
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err34 = {
          instancePath: instancePath + "/mappings",
          schemaPath: "#/properties/mappings/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array",
        };
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      }
    }
  } else {
    const err35 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
    };
    if (vErrors === null) {
      vErrors = [err35];
    } else {
      vErrors.push(err35);
    }
    errors++;
  }
  validate27.errors = vErrors;
  return errors === 0;
}
validate27.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
export const validateGuide = validate93;
const schema116 = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://w3id.org/competence-kit/schemas/guide/v1",
  title: "Guide",
  description:
    "A method document of a needs review, as data: an interview guide, a focus-group protocol or a desk-research checklist, with sections of steps, each localised.",
  type: "object",
  additionalProperties: false,
  required: ["id", "version", "kind", "title", "locales", "defaultLocale", "sections"],
  properties: {
    $schema: { type: "string" },
    id: { $ref: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/uri" },
    version: { $ref: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/semver" },
    kind: { type: "string", enum: ["interview-guide", "focus-group-protocol", "desk-research-checklist"] },
    audience: {
      description: "The participant group the guide is written for, where it is specific.",
      $ref: "#/$defs/participantGroup",
    },
    title: { $ref: "https://w3id.org/competence-kit/schemas/localized-text/v1" },
    description: { $ref: "https://w3id.org/competence-kit/schemas/localized-text/v1" },
    duration: { description: "Planned duration in minutes.", type: "integer", minimum: 1, maximum: 1440 },
    locales: {
      type: "array",
      minItems: 1,
      uniqueItems: true,
      items: { $ref: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/locale" },
    },
    defaultLocale: { $ref: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/locale" },
    license: { $ref: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/spdxLicense" },
    sections: {
      type: "array",
      minItems: 1,
      items: {
        title: "GuideSection",
        description: "A part of the guide: its steps in order.",
        type: "object",
        additionalProperties: false,
        required: ["id", "title", "steps"],
        properties: {
          id: { $ref: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id" },
          title: { $ref: "https://w3id.org/competence-kit/schemas/localized-text/v1" },
          description: { $ref: "https://w3id.org/competence-kit/schemas/localized-text/v1" },
          minutes: { type: "integer", minimum: 1, maximum: 600 },
          steps: {
            type: "array",
            minItems: 1,
            items: {
              title: "GuideStep",
              description: "A question to ask, an instruction to the facilitator, or an item to check.",
              type: "object",
              additionalProperties: false,
              required: ["id", "kind", "text"],
              properties: {
                id: { $ref: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id" },
                kind: { type: "string", enum: ["question", "probe", "instruction", "check"] },
                text: { $ref: "https://w3id.org/competence-kit/schemas/localized-text/v1" },
                level: { description: "The VOPI level the step explores.", $ref: "#/$defs/vopiLevel" },
                competences: {
                  type: "array",
                  uniqueItems: true,
                  items: { $ref: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id" },
                },
              },
            },
          },
        },
      },
    },
  },
  $defs: {
    participantGroup: {
      title: "ParticipantGroup",
      description:
        "Who took part: administration staff, third-country nationals, NGOs, migrant organisations, other stakeholders.",
      type: "string",
      enum: ["staff", "third-country-nationals", "ngos", "migrant-organisations", "stakeholders"],
    },
    vopiLevel: {
      title: "VopiLevel",
      description: "The four levels of diversity-oriented development of an administration (VOPI).",
      type: "string",
      enum: ["organisation", "services-and-access", "personnel", "cooperation"],
    },
  },
};
const schema119 = {
  title: "ParticipantGroup",
  description:
    "Who took part: administration staff, third-country nationals, NGOs, migrant organisations, other stakeholders.",
  type: "string",
  enum: ["staff", "third-country-nationals", "ngos", "migrant-organisations", "stakeholders"],
};
const schema125 = {
  title: "VopiLevel",
  description: "The four levels of diversity-oriented development of an administration (VOPI).",
  type: "string",
  enum: ["organisation", "services-and-access", "personnel", "cooperation"],
};
function validate93(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://w3id.org/competence-kit/schemas/guide/v1" */ let vErrors = null;
  let errors = 0;
  const evaluated0 = validate93.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === undefined) {
      const err0 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "id" },
        message: "must have required property '" + "id" + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.version === undefined) {
      const err1 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "version" },
        message: "must have required property '" + "version" + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.kind === undefined) {
      const err2 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "kind" },
        message: "must have required property '" + "kind" + "'",
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.title === undefined) {
      const err3 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "title" },
        message: "must have required property '" + "title" + "'",
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.locales === undefined) {
      const err4 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "locales" },
        message: "must have required property '" + "locales" + "'",
      };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.defaultLocale === undefined) {
      const err5 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "defaultLocale" },
        message: "must have required property '" + "defaultLocale" + "'",
      };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.sections === undefined) {
      const err6 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "sections" },
        message: "must have required property '" + "sections" + "'",
      };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func1.call(schema116.properties, key0)) {
        const err7 = {
          instancePath,
          schemaPath: "#/additionalProperties",
          keyword: "additionalProperties",
          params: { additionalProperty: key0 },
          message: "must NOT have additional properties",
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.$schema !== undefined) {
      if (typeof data.$schema !== "string") {
        const err8 = {
          instancePath: instancePath + "/$schema",
          schemaPath: "#/properties/%24schema/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.id !== undefined) {
      let data1 = data.id;
      if (typeof data1 === "string") {
        if (func2(data1) > 2048) {
          const err9 = {
            instancePath: instancePath + "/id",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/uri/maxLength",
            keyword: "maxLength",
            params: { limit: 2048 },
            message: "must NOT have more than 2048 characters",
          };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        if (!pattern4.test(data1)) {
          const err10 = {
            instancePath: instancePath + "/id",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/uri/pattern",
            keyword: "pattern",
            params: { pattern: "^[A-Za-z][A-Za-z0-9+.-]*:[^\\s]+$" },
            message: 'must match pattern "' + "^[A-Za-z][A-Za-z0-9+.-]*:[^\\s]+$" + '"',
          };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = {
          instancePath: instancePath + "/id",
          schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/uri/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.version !== undefined) {
      let data2 = data.version;
      if (typeof data2 === "string") {
        if (func2(data2) > 256) {
          const err12 = {
            instancePath: instancePath + "/version",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/semver/maxLength",
            keyword: "maxLength",
            params: { limit: 256 },
            message: "must NOT have more than 256 characters",
          };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        if (!pattern6.test(data2)) {
          const err13 = {
            instancePath: instancePath + "/version",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/semver/pattern",
            keyword: "pattern",
            params: {
              pattern:
                "^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$",
            },
            message:
              'must match pattern "' +
              "^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$" +
              '"',
          };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      } else {
        const err14 = {
          instancePath: instancePath + "/version",
          schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/semver/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.kind !== undefined) {
      let data3 = data.kind;
      if (typeof data3 !== "string") {
        const err15 = {
          instancePath: instancePath + "/kind",
          schemaPath: "#/properties/kind/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
      if (!(data3 === "interview-guide" || data3 === "focus-group-protocol" || data3 === "desk-research-checklist")) {
        const err16 = {
          instancePath: instancePath + "/kind",
          schemaPath: "#/properties/kind/enum",
          keyword: "enum",
          params: { allowedValues: schema116.properties.kind.enum },
          message: "must be equal to one of the allowed values",
        };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.audience !== undefined) {
      let data4 = data.audience;
      if (typeof data4 !== "string") {
        const err17 = {
          instancePath: instancePath + "/audience",
          schemaPath: "#/$defs/participantGroup/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
      if (!(
        data4 === "staff" ||
        data4 === "third-country-nationals" ||
        data4 === "ngos" ||
        data4 === "migrant-organisations" ||
        data4 === "stakeholders"
      )) {
        const err18 = {
          instancePath: instancePath + "/audience",
          schemaPath: "#/$defs/participantGroup/enum",
          keyword: "enum",
          params: { allowedValues: schema119.enum },
          message: "must be equal to one of the allowed values",
        };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.title !== undefined) {
      if (
        !validate24(data.title, {
          instancePath: instancePath + "/title",
          parentData: data,
          parentDataProperty: "title",
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
        errors = vErrors.length;
      }
    }
    if (data.description !== undefined) {
      if (
        !validate24(data.description, {
          instancePath: instancePath + "/description",
          parentData: data,
          parentDataProperty: "description",
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
        errors = vErrors.length;
      }
    }
    if (data.duration !== undefined) {
      let data7 = data.duration;
      if (!(typeof data7 == "number" && !(data7 % 1) && !isNaN(data7) && isFinite(data7))) {
        const err19 = {
          instancePath: instancePath + "/duration",
          schemaPath: "#/properties/duration/type",
          keyword: "type",
          params: { type: "integer" },
          message: "must be integer",
        };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
      if (typeof data7 == "number" && isFinite(data7)) {
        if (data7 > 1440 || isNaN(data7)) {
          const err20 = {
            instancePath: instancePath + "/duration",
            schemaPath: "#/properties/duration/maximum",
            keyword: "maximum",
            params: { comparison: "<=", limit: 1440 },
            message: "must be <= 1440",
          };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
        if (data7 < 1 || isNaN(data7)) {
          const err21 = {
            instancePath: instancePath + "/duration",
            schemaPath: "#/properties/duration/minimum",
            keyword: "minimum",
            params: { comparison: ">=", limit: 1 },
            message: "must be >= 1",
          };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
      }
    }
    if (data.locales !== undefined) {
      let data8 = data.locales;
      if (Array.isArray(data8)) {
        if (data8.length < 1) {
          const err22 = {
            instancePath: instancePath + "/locales",
            schemaPath: "#/properties/locales/minItems",
            keyword: "minItems",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 items",
          };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
        const len0 = data8.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data9 = data8[i0];
          if (typeof data9 === "string") {
            if (func2(data9) > 35) {
              const err23 = {
                instancePath: instancePath + "/locales/" + i0,
                schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/locale/maxLength",
                keyword: "maxLength",
                params: { limit: 35 },
                message: "must NOT have more than 35 characters",
              };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
            }
            if (!pattern7.test(data9)) {
              const err24 = {
                instancePath: instancePath + "/locales/" + i0,
                schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/locale/pattern",
                keyword: "pattern",
                params: {
                  pattern:
                    "^[A-Za-z]{2,3}(?:-[A-Za-z]{4})?(?:-(?:[A-Za-z]{2}|[0-9]{3}))?(?:-(?:[A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*$",
                },
                message:
                  'must match pattern "' +
                  "^[A-Za-z]{2,3}(?:-[A-Za-z]{4})?(?:-(?:[A-Za-z]{2}|[0-9]{3}))?(?:-(?:[A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*$" +
                  '"',
              };
              if (vErrors === null) {
                vErrors = [err24];
              } else {
                vErrors.push(err24);
              }
              errors++;
            }
          } else {
            const err25 = {
              instancePath: instancePath + "/locales/" + i0,
              schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/locale/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
            };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
        let i1 = data8.length;
        let j0;
        if (i1 > 1) {
          outer0: for (; i1--;) {
            for (j0 = i1; j0--;) {
              if (func0(data8[i1], data8[j0])) {
                const err26 = {
                  instancePath: instancePath + "/locales",
                  schemaPath: "#/properties/locales/uniqueItems",
                  keyword: "uniqueItems",
                  params: { i: i1, j: j0 },
                  message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)",
                };
                if (vErrors === null) {
                  vErrors = [err26];
                } else {
                  vErrors.push(err26);
                }
                errors++;
                break outer0;
              }
            }
          }
        }
      } else {
        const err27 = {
          instancePath: instancePath + "/locales",
          schemaPath: "#/properties/locales/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array",
        };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
    }
    if (data.defaultLocale !== undefined) {
      let data10 = data.defaultLocale;
      if (typeof data10 === "string") {
        if (func2(data10) > 35) {
          const err28 = {
            instancePath: instancePath + "/defaultLocale",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/locale/maxLength",
            keyword: "maxLength",
            params: { limit: 35 },
            message: "must NOT have more than 35 characters",
          };
          if (vErrors === null) {
            vErrors = [err28];
          } else {
            vErrors.push(err28);
          }
          errors++;
        }
        if (!pattern7.test(data10)) {
          const err29 = {
            instancePath: instancePath + "/defaultLocale",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/locale/pattern",
            keyword: "pattern",
            params: {
              pattern:
                "^[A-Za-z]{2,3}(?:-[A-Za-z]{4})?(?:-(?:[A-Za-z]{2}|[0-9]{3}))?(?:-(?:[A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*$",
            },
            message:
              'must match pattern "' +
              "^[A-Za-z]{2,3}(?:-[A-Za-z]{4})?(?:-(?:[A-Za-z]{2}|[0-9]{3}))?(?:-(?:[A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*$" +
              '"',
          };
          if (vErrors === null) {
            vErrors = [err29];
          } else {
            vErrors.push(err29);
          }
          errors++;
        }
      } else {
        const err30 = {
          instancePath: instancePath + "/defaultLocale",
          schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/locale/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
    }
    if (data.license !== undefined) {
      let data11 = data.license;
      if (typeof data11 === "string") {
        if (func2(data11) > 200) {
          const err31 = {
            instancePath: instancePath + "/license",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/spdxLicense/maxLength",
            keyword: "maxLength",
            params: { limit: 200 },
            message: "must NOT have more than 200 characters",
          };
          if (vErrors === null) {
            vErrors = [err31];
          } else {
            vErrors.push(err31);
          }
          errors++;
        }
        if (func2(data11) < 1) {
          const err32 = {
            instancePath: instancePath + "/license",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/spdxLicense/minLength",
            keyword: "minLength",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 characters",
          };
          if (vErrors === null) {
            vErrors = [err32];
          } else {
            vErrors.push(err32);
          }
          errors++;
        }
        if (!pattern10.test(data11)) {
          const err33 = {
            instancePath: instancePath + "/license",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/spdxLicense/pattern",
            keyword: "pattern",
            params: { pattern: "^[A-Za-z0-9.+:() -]+$" },
            message: 'must match pattern "' + "^[A-Za-z0-9.+:() -]+$" + '"',
          };
          if (vErrors === null) {
            vErrors = [err33];
          } else {
            vErrors.push(err33);
          }
          errors++;
        }
      } else {
        const err34 = {
          instancePath: instancePath + "/license",
          schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/spdxLicense/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      }
    }
    if (data.sections !== undefined) {
      let data12 = data.sections;
      if (Array.isArray(data12)) {
        if (data12.length < 1) {
          const err35 = {
            instancePath: instancePath + "/sections",
            schemaPath: "#/properties/sections/minItems",
            keyword: "minItems",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 items",
          };
          if (vErrors === null) {
            vErrors = [err35];
          } else {
            vErrors.push(err35);
          }
          errors++;
        }
        const len1 = data12.length;
        for (let i2 = 0; i2 < len1; i2++) {
          let data13 = data12[i2];
          if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
            if (data13.id === undefined) {
              const err36 = {
                instancePath: instancePath + "/sections/" + i2,
                schemaPath: "#/properties/sections/items/required",
                keyword: "required",
                params: { missingProperty: "id" },
                message: "must have required property '" + "id" + "'",
              };
              if (vErrors === null) {
                vErrors = [err36];
              } else {
                vErrors.push(err36);
              }
              errors++;
            }
            if (data13.title === undefined) {
              const err37 = {
                instancePath: instancePath + "/sections/" + i2,
                schemaPath: "#/properties/sections/items/required",
                keyword: "required",
                params: { missingProperty: "title" },
                message: "must have required property '" + "title" + "'",
              };
              if (vErrors === null) {
                vErrors = [err37];
              } else {
                vErrors.push(err37);
              }
              errors++;
            }
            if (data13.steps === undefined) {
              const err38 = {
                instancePath: instancePath + "/sections/" + i2,
                schemaPath: "#/properties/sections/items/required",
                keyword: "required",
                params: { missingProperty: "steps" },
                message: "must have required property '" + "steps" + "'",
              };
              if (vErrors === null) {
                vErrors = [err38];
              } else {
                vErrors.push(err38);
              }
              errors++;
            }
            for (const key1 in data13) {
              if (!(
                key1 === "id" ||
                key1 === "title" ||
                key1 === "description" ||
                key1 === "minutes" ||
                key1 === "steps"
              )) {
                const err39 = {
                  instancePath: instancePath + "/sections/" + i2,
                  schemaPath: "#/properties/sections/items/additionalProperties",
                  keyword: "additionalProperties",
                  params: { additionalProperty: key1 },
                  message: "must NOT have additional properties",
                };
                if (vErrors === null) {
                  vErrors = [err39];
                } else {
                  vErrors.push(err39);
                }
                errors++;
              }
            }
            if (data13.id !== undefined) {
              let data14 = data13.id;
              if (typeof data14 === "string") {
                if (func2(data14) > 100) {
                  const err40 = {
                    instancePath: instancePath + "/sections/" + i2 + "/id",
                    schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/maxLength",
                    keyword: "maxLength",
                    params: { limit: 100 },
                    message: "must NOT have more than 100 characters",
                  };
                  if (vErrors === null) {
                    vErrors = [err40];
                  } else {
                    vErrors.push(err40);
                  }
                  errors++;
                }
                if (func2(data14) < 1) {
                  const err41 = {
                    instancePath: instancePath + "/sections/" + i2 + "/id",
                    schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/minLength",
                    keyword: "minLength",
                    params: { limit: 1 },
                    message: "must NOT have fewer than 1 characters",
                  };
                  if (vErrors === null) {
                    vErrors = [err41];
                  } else {
                    vErrors.push(err41);
                  }
                  errors++;
                }
                if (!pattern20.test(data14)) {
                  const err42 = {
                    instancePath: instancePath + "/sections/" + i2 + "/id",
                    schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/pattern",
                    keyword: "pattern",
                    params: { pattern: "^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$" },
                    message: 'must match pattern "' + "^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$" + '"',
                  };
                  if (vErrors === null) {
                    vErrors = [err42];
                  } else {
                    vErrors.push(err42);
                  }
                  errors++;
                }
              } else {
                const err43 = {
                  instancePath: instancePath + "/sections/" + i2 + "/id",
                  schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                };
                if (vErrors === null) {
                  vErrors = [err43];
                } else {
                  vErrors.push(err43);
                }
                errors++;
              }
            }
            if (data13.title !== undefined) {
              if (
                !validate24(data13.title, {
                  instancePath: instancePath + "/sections/" + i2 + "/title",
                  parentData: data13,
                  parentDataProperty: "title",
                  rootData,
                  dynamicAnchors,
                })
              ) {
                vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
                errors = vErrors.length;
              }
            }
            if (data13.description !== undefined) {
              if (
                !validate24(data13.description, {
                  instancePath: instancePath + "/sections/" + i2 + "/description",
                  parentData: data13,
                  parentDataProperty: "description",
                  rootData,
                  dynamicAnchors,
                })
              ) {
                vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
                errors = vErrors.length;
              }
            }
            if (data13.minutes !== undefined) {
              let data17 = data13.minutes;
              if (!(typeof data17 == "number" && !(data17 % 1) && !isNaN(data17) && isFinite(data17))) {
                const err44 = {
                  instancePath: instancePath + "/sections/" + i2 + "/minutes",
                  schemaPath: "#/properties/sections/items/properties/minutes/type",
                  keyword: "type",
                  params: { type: "integer" },
                  message: "must be integer",
                };
                if (vErrors === null) {
                  vErrors = [err44];
                } else {
                  vErrors.push(err44);
                }
                errors++;
              }
              if (typeof data17 == "number" && isFinite(data17)) {
                if (data17 > 600 || isNaN(data17)) {
                  const err45 = {
                    instancePath: instancePath + "/sections/" + i2 + "/minutes",
                    schemaPath: "#/properties/sections/items/properties/minutes/maximum",
                    keyword: "maximum",
                    params: { comparison: "<=", limit: 600 },
                    message: "must be <= 600",
                  };
                  if (vErrors === null) {
                    vErrors = [err45];
                  } else {
                    vErrors.push(err45);
                  }
                  errors++;
                }
                if (data17 < 1 || isNaN(data17)) {
                  const err46 = {
                    instancePath: instancePath + "/sections/" + i2 + "/minutes",
                    schemaPath: "#/properties/sections/items/properties/minutes/minimum",
                    keyword: "minimum",
                    params: { comparison: ">=", limit: 1 },
                    message: "must be >= 1",
                  };
                  if (vErrors === null) {
                    vErrors = [err46];
                  } else {
                    vErrors.push(err46);
                  }
                  errors++;
                }
              }
            }
            if (data13.steps !== undefined) {
              let data18 = data13.steps;
              if (Array.isArray(data18)) {
                if (data18.length < 1) {
                  const err47 = {
                    instancePath: instancePath + "/sections/" + i2 + "/steps",
                    schemaPath: "#/properties/sections/items/properties/steps/minItems",
                    keyword: "minItems",
                    params: { limit: 1 },
                    message: "must NOT have fewer than 1 items",
                  };
                  if (vErrors === null) {
                    vErrors = [err47];
                  } else {
                    vErrors.push(err47);
                  }
                  errors++;
                }
                const len2 = data18.length;
                for (let i3 = 0; i3 < len2; i3++) {
                  let data19 = data18[i3];
                  if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
                    if (data19.id === undefined) {
                      const err48 = {
                        instancePath: instancePath + "/sections/" + i2 + "/steps/" + i3,
                        schemaPath: "#/properties/sections/items/properties/steps/items/required",
                        keyword: "required",
                        params: { missingProperty: "id" },
                        message: "must have required property '" + "id" + "'",
                      };
                      if (vErrors === null) {
                        vErrors = [err48];
                      } else {
                        vErrors.push(err48);
                      }
                      errors++;
                    }
                    if (data19.kind === undefined) {
                      const err49 = {
                        instancePath: instancePath + "/sections/" + i2 + "/steps/" + i3,
                        schemaPath: "#/properties/sections/items/properties/steps/items/required",
                        keyword: "required",
                        params: { missingProperty: "kind" },
                        message: "must have required property '" + "kind" + "'",
                      };
                      if (vErrors === null) {
                        vErrors = [err49];
                      } else {
                        vErrors.push(err49);
                      }
                      errors++;
                    }
                    if (data19.text === undefined) {
                      const err50 = {
                        instancePath: instancePath + "/sections/" + i2 + "/steps/" + i3,
                        schemaPath: "#/properties/sections/items/properties/steps/items/required",
                        keyword: "required",
                        params: { missingProperty: "text" },
                        message: "must have required property '" + "text" + "'",
                      };
                      if (vErrors === null) {
                        vErrors = [err50];
                      } else {
                        vErrors.push(err50);
                      }
                      errors++;
                    }
                    for (const key2 in data19) {
                      if (!(
                        key2 === "id" ||
                        key2 === "kind" ||
                        key2 === "text" ||
                        key2 === "level" ||
                        key2 === "competences"
                      )) {
                        const err51 = {
                          instancePath: instancePath + "/sections/" + i2 + "/steps/" + i3,
                          schemaPath: "#/properties/sections/items/properties/steps/items/additionalProperties",
                          keyword: "additionalProperties",
                          params: { additionalProperty: key2 },
                          message: "must NOT have additional properties",
                        };
                        if (vErrors === null) {
                          vErrors = [err51];
                        } else {
                          vErrors.push(err51);
                        }
                        errors++;
                      }
                    }
                    if (data19.id !== undefined) {
                      let data20 = data19.id;
                      if (typeof data20 === "string") {
                        if (func2(data20) > 100) {
                          const err52 = {
                            instancePath: instancePath + "/sections/" + i2 + "/steps/" + i3 + "/id",
                            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/maxLength",
                            keyword: "maxLength",
                            params: { limit: 100 },
                            message: "must NOT have more than 100 characters",
                          };
                          if (vErrors === null) {
                            vErrors = [err52];
                          } else {
                            vErrors.push(err52);
                          }
                          errors++;
                        }
                        if (func2(data20) < 1) {
                          const err53 = {
                            instancePath: instancePath + "/sections/" + i2 + "/steps/" + i3 + "/id",
                            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/minLength",
                            keyword: "minLength",
                            params: { limit: 1 },
                            message: "must NOT have fewer than 1 characters",
                          };
                          if (vErrors === null) {
                            vErrors = [err53];
                          } else {
                            vErrors.push(err53);
                          }
                          errors++;
                        }
                        if (!pattern20.test(data20)) {
                          const err54 = {
                            instancePath: instancePath + "/sections/" + i2 + "/steps/" + i3 + "/id",
                            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/pattern",
                            keyword: "pattern",
                            params: { pattern: "^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$" },
                            message: 'must match pattern "' + "^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$" + '"',
                          };
                          if (vErrors === null) {
                            vErrors = [err54];
                          } else {
                            vErrors.push(err54);
                          }
                          errors++;
                        }
                      } else {
                        const err55 = {
                          instancePath: instancePath + "/sections/" + i2 + "/steps/" + i3 + "/id",
                          schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/type",
                          keyword: "type",
                          params: { type: "string" },
                          message: "must be string",
                        };
                        if (vErrors === null) {
                          vErrors = [err55];
                        } else {
                          vErrors.push(err55);
                        }
                        errors++;
                      }
                    }
                    if (data19.kind !== undefined) {
                      let data21 = data19.kind;
                      if (typeof data21 !== "string") {
                        const err56 = {
                          instancePath: instancePath + "/sections/" + i2 + "/steps/" + i3 + "/kind",
                          schemaPath: "#/properties/sections/items/properties/steps/items/properties/kind/type",
                          keyword: "type",
                          params: { type: "string" },
                          message: "must be string",
                        };
                        if (vErrors === null) {
                          vErrors = [err56];
                        } else {
                          vErrors.push(err56);
                        }
                        errors++;
                      }
                      if (!(
                        data21 === "question" ||
                        data21 === "probe" ||
                        data21 === "instruction" ||
                        data21 === "check"
                      )) {
                        const err57 = {
                          instancePath: instancePath + "/sections/" + i2 + "/steps/" + i3 + "/kind",
                          schemaPath: "#/properties/sections/items/properties/steps/items/properties/kind/enum",
                          keyword: "enum",
                          params: {
                            allowedValues:
                              schema116.properties.sections.items.properties.steps.items.properties.kind.enum,
                          },
                          message: "must be equal to one of the allowed values",
                        };
                        if (vErrors === null) {
                          vErrors = [err57];
                        } else {
                          vErrors.push(err57);
                        }
                        errors++;
                      }
                    }
                    if (data19.text !== undefined) {
                      if (
                        !validate24(data19.text, {
                          instancePath: instancePath + "/sections/" + i2 + "/steps/" + i3 + "/text",
                          parentData: data19,
                          parentDataProperty: "text",
                          rootData,
                          dynamicAnchors,
                        })
                      ) {
                        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
                        errors = vErrors.length;
                      }
                    }
                    if (data19.level !== undefined) {
                      let data23 = data19.level;
                      if (typeof data23 !== "string") {
                        const err58 = {
                          instancePath: instancePath + "/sections/" + i2 + "/steps/" + i3 + "/level",
                          schemaPath: "#/$defs/vopiLevel/type",
                          keyword: "type",
                          params: { type: "string" },
                          message: "must be string",
                        };
                        if (vErrors === null) {
                          vErrors = [err58];
                        } else {
                          vErrors.push(err58);
                        }
                        errors++;
                      }
                      if (!(
                        data23 === "organisation" ||
                        data23 === "services-and-access" ||
                        data23 === "personnel" ||
                        data23 === "cooperation"
                      )) {
                        const err59 = {
                          instancePath: instancePath + "/sections/" + i2 + "/steps/" + i3 + "/level",
                          schemaPath: "#/$defs/vopiLevel/enum",
                          keyword: "enum",
                          params: { allowedValues: schema125.enum },
                          message: "must be equal to one of the allowed values",
                        };
                        if (vErrors === null) {
                          vErrors = [err59];
                        } else {
                          vErrors.push(err59);
                        }
                        errors++;
                      }
                    }
                    if (data19.competences !== undefined) {
                      let data24 = data19.competences;
                      if (Array.isArray(data24)) {
                        const len3 = data24.length;
                        for (let i4 = 0; i4 < len3; i4++) {
                          let data25 = data24[i4];
                          if (typeof data25 === "string") {
                            if (func2(data25) > 100) {
                              const err60 = {
                                instancePath: instancePath + "/sections/" + i2 + "/steps/" + i3 + "/competences/" + i4,
                                schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/maxLength",
                                keyword: "maxLength",
                                params: { limit: 100 },
                                message: "must NOT have more than 100 characters",
                              };
                              if (vErrors === null) {
                                vErrors = [err60];
                              } else {
                                vErrors.push(err60);
                              }
                              errors++;
                            }
                            if (func2(data25) < 1) {
                              const err61 = {
                                instancePath: instancePath + "/sections/" + i2 + "/steps/" + i3 + "/competences/" + i4,
                                schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/minLength",
                                keyword: "minLength",
                                params: { limit: 1 },
                                message: "must NOT have fewer than 1 characters",
                              };
                              if (vErrors === null) {
                                vErrors = [err61];
                              } else {
                                vErrors.push(err61);
                              }
                              errors++;
                            }
                            if (!pattern20.test(data25)) {
                              const err62 = {
                                instancePath: instancePath + "/sections/" + i2 + "/steps/" + i3 + "/competences/" + i4,
                                schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/pattern",
                                keyword: "pattern",
                                params: { pattern: "^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$" },
                                message: 'must match pattern "' + "^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$" + '"',
                              };
                              if (vErrors === null) {
                                vErrors = [err62];
                              } else {
                                vErrors.push(err62);
                              }
                              errors++;
                            }
                          } else {
                            const err63 = {
                              instancePath: instancePath + "/sections/" + i2 + "/steps/" + i3 + "/competences/" + i4,
                              schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/type",
                              keyword: "type",
                              params: { type: "string" },
                              message: "must be string",
                            };
                            if (vErrors === null) {
                              vErrors = [err63];
                            } else {
                              vErrors.push(err63);
                            }
                            errors++;
                          }
                        }
                        let i5 = data24.length;
                        let j1;
                        if (i5 > 1) {
                          outer1: for (; i5--;) {
                            for (j1 = i5; j1--;) {
                              if (func0(data24[i5], data24[j1])) {
                                const err64 = {
                                  instancePath: instancePath + "/sections/" + i2 + "/steps/" + i3 + "/competences",
                                  schemaPath:
                                    "#/properties/sections/items/properties/steps/items/properties/competences/uniqueItems",
                                  keyword: "uniqueItems",
                                  params: { i: i5, j: j1 },
                                  message:
                                    "must NOT have duplicate items (items ## " + j1 + " and " + i5 + " are identical)",
                                };
                                if (vErrors === null) {
                                  vErrors = [err64];
                                } else {
                                  vErrors.push(err64);
                                }
                                errors++;
                                break outer1;
                              }
                            }
                          }
                        }
                      } else {
                        const err65 = {
                          instancePath: instancePath + "/sections/" + i2 + "/steps/" + i3 + "/competences",
                          schemaPath: "#/properties/sections/items/properties/steps/items/properties/competences/type",
                          keyword: "type",
                          params: { type: "array" },
                          message: "must be array",
                        };
                        if (vErrors === null) {
                          vErrors = [err65];
                        } else {
                          vErrors.push(err65);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err66 = {
                      instancePath: instancePath + "/sections/" + i2 + "/steps/" + i3,
                      schemaPath: "#/properties/sections/items/properties/steps/items/type",
                      keyword: "type",
                      params: { type: "object" },
                      message: "must be object",
                    };
                    if (vErrors === null) {
                      vErrors = [err66];
                    } else {
                      vErrors.push(err66);
                    }
                    errors++;
                  }
                }
              } else {
                const err67 = {
                  instancePath: instancePath + "/sections/" + i2 + "/steps",
                  schemaPath: "#/properties/sections/items/properties/steps/type",
                  keyword: "type",
                  params: { type: "array" },
                  message: "must be array",
                };
                if (vErrors === null) {
                  vErrors = [err67];
                } else {
                  vErrors.push(err67);
                }
                errors++;
              }
            }
          } else {
            const err68 = {
              instancePath: instancePath + "/sections/" + i2,
              schemaPath: "#/properties/sections/items/type",
              keyword: "type",
              params: { type: "object" },
              message: "must be object",
            };
            if (vErrors === null) {
              vErrors = [err68];
            } else {
              vErrors.push(err68);
            }
            errors++;
          }
        }
      } else {
        const err69 = {
          instancePath: instancePath + "/sections",
          schemaPath: "#/properties/sections/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array",
        };
        if (vErrors === null) {
          vErrors = [err69];
        } else {
          vErrors.push(err69);
        }
        errors++;
      }
    }
  } else {
    const err70 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
    };
    if (vErrors === null) {
      vErrors = [err70];
    } else {
      vErrors.push(err70);
    }
    errors++;
  }
  validate93.errors = vErrors;
  return errors === 0;
}
validate93.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
export const validateInstrument = validate99;
const schema127 = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://w3id.org/competence-kit/schemas/instrument/v1",
  title: "Instrument",
  description:
    "A questionnaire whose items are tied to the competences of a framework, with the rules that turn answers into competence scores and levels. Serves self-assessments, needs-analysis questionnaires and organisational self-checks.",
  type: "object",
  additionalProperties: false,
  required: ["id", "version", "framework", "title", "locales", "defaultLocale", "sections", "scoring"],
  properties: {
    $schema: { type: "string" },
    id: { $ref: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/uri" },
    version: { $ref: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/semver" },
    framework: {
      description: "The framework whose competences the items measure: its id and a semver range.",
      $ref: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/frameworkReference",
    },
    purpose: {
      description: "What the instrument is for.",
      type: "string",
      enum: ["self-assessment", "needs-analysis", "organisational-self-check", "evaluation"],
    },
    audience: {
      description:
        "Who answers it, for example staff, third-country nationals, NGOs or a unit on behalf of its organisation.",
      type: "string",
      enum: ["staff", "third-country-nationals", "stakeholders", "organisation"],
    },
    title: { $ref: "https://w3id.org/competence-kit/schemas/localized-text/v1" },
    description: { $ref: "https://w3id.org/competence-kit/schemas/localized-text/v1" },
    instructions: {
      description: "Shown before the first item.",
      $ref: "https://w3id.org/competence-kit/schemas/localized-text/v1",
    },
    locales: {
      type: "array",
      minItems: 1,
      uniqueItems: true,
      items: { $ref: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/locale" },
    },
    defaultLocale: { $ref: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/locale" },
    license: { $ref: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/spdxLicense" },
    provenance: { $ref: "https://w3id.org/competence-kit/schemas/framework/v1#/$defs/provenance" },
    likertScales: {
      description: "The rating scales Likert items use, declared once.",
      type: "array",
      items: { $ref: "#/$defs/likertScale" },
    },
    sections: { type: "array", minItems: 1, items: { $ref: "#/$defs/section" } },
    scoring: { $ref: "#/$defs/scoringRules" },
  },
  $defs: {
    likertScale: {
      title: "LikertScale",
      description:
        "A rating scale of consecutive integers from min to max, with a label for each point (or at least for both ends).",
      type: "object",
      additionalProperties: false,
      required: ["id", "min", "max", "labels"],
      properties: {
        id: { $ref: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id" },
        min: { type: "integer", minimum: 0, maximum: 10 },
        max: { type: "integer", minimum: 1, maximum: 11 },
        labels: {
          description: 'Labels keyed by the point\'s value as a string ("1", "5").',
          type: "object",
          minProperties: 2,
          propertyNames: { pattern: "^(?:[0-9]|1[01])$" },
          additionalProperties: { $ref: "https://w3id.org/competence-kit/schemas/localized-text/v1" },
        },
      },
    },
    section: {
      title: "InstrumentSection",
      description: "A group of items shown together.",
      type: "object",
      additionalProperties: false,
      required: ["id", "title", "items"],
      properties: {
        id: { $ref: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id" },
        title: { $ref: "https://w3id.org/competence-kit/schemas/localized-text/v1" },
        description: { $ref: "https://w3id.org/competence-kit/schemas/localized-text/v1" },
        items: { type: "array", minItems: 1, items: { $ref: "#/$defs/item" } },
      },
    },
    option: {
      title: "ChoiceOption",
      description:
        "An answer option. In scored items, its points: the best option has the most, a harmful one may have negative points.",
      type: "object",
      additionalProperties: false,
      required: ["id", "label"],
      properties: {
        id: { $ref: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id" },
        label: { $ref: "https://w3id.org/competence-kit/schemas/localized-text/v1" },
        points: { type: "number", minimum: -100, maximum: 100 },
        feedback: {
          description: "Shown after answering, to explain the key (situational judgement).",
          $ref: "https://w3id.org/competence-kit/schemas/localized-text/v1",
        },
      },
    },
    itemBase: {
      title: "ItemBase",
      description: "What every item has.",
      type: "object",
      required: ["id", "prompt"],
      properties: {
        id: { $ref: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id" },
        competence: {
          description: "The competence the item measures. Required for scored items.",
          $ref: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id",
        },
        prompt: { $ref: "https://w3id.org/competence-kit/schemas/localized-text/v1" },
        help: { $ref: "https://w3id.org/competence-kit/schemas/localized-text/v1" },
        required: { description: "The respondent must answer it (not skip it).", type: "boolean" },
        weight: {
          description: "Weight in the competence score; default 1.",
          type: "number",
          exclusiveMinimum: 0,
          maximum: 100,
        },
      },
    },
    likertItem: {
      title: "LikertItem",
      description: "A statement rated on a declared scale. A reverse-keyed item scores high for a low rating.",
      type: "object",
      unevaluatedProperties: false,
      allOf: [{ $ref: "#/$defs/itemBase" }],
      required: ["type", "scale", "competence"],
      properties: {
        type: { const: "likert" },
        scale: {
          description: "The id of one of the instrument's likertScales.",
          $ref: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id",
        },
        reverse: { type: "boolean" },
      },
    },
    singleChoiceItem: {
      title: "SingleChoiceItem",
      description: "One option out of several. Scored when its options carry points.",
      type: "object",
      unevaluatedProperties: false,
      allOf: [{ $ref: "#/$defs/itemBase" }],
      required: ["type", "options"],
      properties: {
        type: { const: "single-choice" },
        options: { type: "array", minItems: 2, maxItems: 50, items: { $ref: "#/$defs/option" } },
      },
    },
    multipleChoiceItem: {
      title: "MultipleChoiceItem",
      description:
        "Any number of options. Scored as the sum of the chosen options' points, placed between the lowest and the highest sum possible.",
      type: "object",
      unevaluatedProperties: false,
      allOf: [{ $ref: "#/$defs/itemBase" }],
      required: ["type", "options"],
      properties: {
        type: { const: "multiple-choice" },
        options: { type: "array", minItems: 2, maxItems: 50, items: { $ref: "#/$defs/option" } },
        minSelected: { type: "integer", minimum: 0 },
        maxSelected: { type: "integer", minimum: 1 },
      },
    },
    situationalJudgementItem: {
      title: "SituationalJudgementItem",
      description: "A realistic scene from work and possible reactions, keyed with points.",
      type: "object",
      unevaluatedProperties: false,
      allOf: [{ $ref: "#/$defs/itemBase" }],
      required: ["type", "scenario", "options", "competence"],
      properties: {
        type: { const: "situational-judgement" },
        scenario: { $ref: "https://w3id.org/competence-kit/schemas/localized-text/v1" },
        options: { type: "array", minItems: 2, maxItems: 10, items: { $ref: "#/$defs/option" } },
      },
    },
    freeTextItem: {
      title: "FreeTextItem",
      description: "An open answer. Never scored.",
      type: "object",
      unevaluatedProperties: false,
      allOf: [{ $ref: "#/$defs/itemBase" }],
      properties: { type: { const: "free-text" }, maxLength: { type: "integer", minimum: 1, maximum: 20000 } },
      required: ["type"],
    },
    rankingItem: {
      title: "RankingItem",
      description:
        "Put the options in order. Scored by closeness to the key (Spearman's footrule) when a key is given.",
      type: "object",
      unevaluatedProperties: false,
      allOf: [{ $ref: "#/$defs/itemBase" }],
      required: ["type", "options"],
      properties: {
        type: { const: "ranking" },
        options: { type: "array", minItems: 2, maxItems: 20, items: { $ref: "#/$defs/option" } },
        key: {
          description: "The option ids in the best order.",
          type: "array",
          items: { $ref: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id" },
        },
      },
    },
    item: {
      title: "Item",
      description: "One question of an instrument.",
      oneOf: [
        { $ref: "#/$defs/likertItem" },
        { $ref: "#/$defs/singleChoiceItem" },
        { $ref: "#/$defs/multipleChoiceItem" },
        { $ref: "#/$defs/situationalJudgementItem" },
        { $ref: "#/$defs/freeTextItem" },
        { $ref: "#/$defs/rankingItem" },
      ],
      discriminator: { propertyName: "type" },
      type: "object",
      required: ["type"],
      properties: {
        type: {
          type: "string",
          enum: ["likert", "single-choice", "multiple-choice", "situational-judgement", "free-text", "ranking"],
        },
      },
    },
    threshold: {
      title: "LevelThreshold",
      description: "A normalised score from which a level is reached.",
      type: "object",
      additionalProperties: false,
      required: ["level", "min"],
      properties: {
        level: { $ref: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id" },
        min: { type: "number", minimum: 0, maximum: 1 },
      },
    },
    scoringRules: {
      title: "ScoringRules",
      description: "How item scores become a competence score and a level.",
      type: "object",
      additionalProperties: false,
      required: ["minAnsweredShare", "thresholds"],
      properties: {
        minAnsweredShare: {
          description:
            "The share of a competence's scored items that must be answered for its score to be valid (0 to 1).",
          type: "number",
          minimum: 0,
          maximum: 1,
        },
        thresholds: {
          description: "From the lowest level to the highest; the first starts at 0.",
          type: "array",
          minItems: 1,
          items: { $ref: "#/$defs/threshold" },
        },
        competenceThresholds: {
          description: "Thresholds for particular competences, keyed by competence id.",
          type: "object",
          propertyNames: { $ref: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id" },
          additionalProperties: { type: "array", minItems: 1, items: { $ref: "#/$defs/threshold" } },
        },
      },
    },
  },
};
function validate100(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate100.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === undefined) {
      const err0 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "id" },
        message: "must have required property '" + "id" + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.version === undefined) {
      const err1 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "version" },
        message: "must have required property '" + "version" + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "id" || key0 === "version")) {
        const err2 = {
          instancePath,
          schemaPath: "#/additionalProperties",
          keyword: "additionalProperties",
          params: { additionalProperty: key0 },
          message: "must NOT have additional properties",
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.id !== undefined) {
      let data0 = data.id;
      if (typeof data0 === "string") {
        if (func2(data0) > 2048) {
          const err3 = {
            instancePath: instancePath + "/id",
            schemaPath: "#/$defs/uri/maxLength",
            keyword: "maxLength",
            params: { limit: 2048 },
            message: "must NOT have more than 2048 characters",
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (!pattern4.test(data0)) {
          const err4 = {
            instancePath: instancePath + "/id",
            schemaPath: "#/$defs/uri/pattern",
            keyword: "pattern",
            params: { pattern: "^[A-Za-z][A-Za-z0-9+.-]*:[^\\s]+$" },
            message: 'must match pattern "' + "^[A-Za-z][A-Za-z0-9+.-]*:[^\\s]+$" + '"',
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = {
          instancePath: instancePath + "/id",
          schemaPath: "#/$defs/uri/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.version !== undefined) {
      let data1 = data.version;
      if (typeof data1 === "string") {
        if (func2(data1) > 256) {
          const err6 = {
            instancePath: instancePath + "/version",
            schemaPath: "#/$defs/semverRange/maxLength",
            keyword: "maxLength",
            params: { limit: 256 },
            message: "must NOT have more than 256 characters",
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (func2(data1) < 1) {
          const err7 = {
            instancePath: instancePath + "/version",
            schemaPath: "#/$defs/semverRange/minLength",
            keyword: "minLength",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 characters",
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = {
          instancePath: instancePath + "/version",
          schemaPath: "#/$defs/semverRange/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
  } else {
    const err9 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
    };
    if (vErrors === null) {
      vErrors = [err9];
    } else {
      vErrors.push(err9);
    }
    errors++;
  }
  validate100.errors = vErrors;
  return errors === 0;
}
validate100.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
function validate105(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate105.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(
        key0 === "publisher" ||
        key0 === "authors" ||
        key0 === "created" ||
        key0 === "modified" ||
        key0 === "sources" ||
        key0 === "note"
      )) {
        const err0 = {
          instancePath,
          schemaPath: "#/additionalProperties",
          keyword: "additionalProperties",
          params: { additionalProperty: key0 },
          message: "must NOT have additional properties",
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.publisher !== undefined) {
      let data0 = data.publisher;
      if (typeof data0 === "string") {
        if (func2(data0) > 500) {
          const err1 = {
            instancePath: instancePath + "/publisher",
            schemaPath: "#/properties/publisher/maxLength",
            keyword: "maxLength",
            params: { limit: 500 },
            message: "must NOT have more than 500 characters",
          };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        if (func2(data0) < 1) {
          const err2 = {
            instancePath: instancePath + "/publisher",
            schemaPath: "#/properties/publisher/minLength",
            keyword: "minLength",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 characters",
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = {
          instancePath: instancePath + "/publisher",
          schemaPath: "#/properties/publisher/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.authors !== undefined) {
      let data1 = data.authors;
      if (Array.isArray(data1)) {
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data2 = data1[i0];
          if (typeof data2 === "string") {
            if (func2(data2) > 500) {
              const err4 = {
                instancePath: instancePath + "/authors/" + i0,
                schemaPath: "#/properties/authors/items/maxLength",
                keyword: "maxLength",
                params: { limit: 500 },
                message: "must NOT have more than 500 characters",
              };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
            if (func2(data2) < 1) {
              const err5 = {
                instancePath: instancePath + "/authors/" + i0,
                schemaPath: "#/properties/authors/items/minLength",
                keyword: "minLength",
                params: { limit: 1 },
                message: "must NOT have fewer than 1 characters",
              };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
          } else {
            const err6 = {
              instancePath: instancePath + "/authors/" + i0,
              schemaPath: "#/properties/authors/items/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
            };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
      } else {
        const err7 = {
          instancePath: instancePath + "/authors",
          schemaPath: "#/properties/authors/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array",
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.created !== undefined) {
      let data3 = data.created;
      if (typeof data3 === "string") {
        if (!pattern16.test(data3)) {
          const err8 = {
            instancePath: instancePath + "/created",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/date/pattern",
            keyword: "pattern",
            params: { pattern: "^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])$" },
            message: 'must match pattern "' + "^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])$" + '"',
          };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = {
          instancePath: instancePath + "/created",
          schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/date/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.modified !== undefined) {
      let data4 = data.modified;
      if (typeof data4 === "string") {
        if (!pattern16.test(data4)) {
          const err10 = {
            instancePath: instancePath + "/modified",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/date/pattern",
            keyword: "pattern",
            params: { pattern: "^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])$" },
            message: 'must match pattern "' + "^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])$" + '"',
          };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = {
          instancePath: instancePath + "/modified",
          schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/date/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.sources !== undefined) {
      let data5 = data.sources;
      if (Array.isArray(data5)) {
        const len1 = data5.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data6 = data5[i1];
          if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
            if (data6.title === undefined) {
              const err12 = {
                instancePath: instancePath + "/sources/" + i1,
                schemaPath: "#/properties/sources/items/required",
                keyword: "required",
                params: { missingProperty: "title" },
                message: "must have required property '" + "title" + "'",
              };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
            for (const key1 in data6) {
              if (!(key1 === "title" || key1 === "uri" || key1 === "note")) {
                const err13 = {
                  instancePath: instancePath + "/sources/" + i1,
                  schemaPath: "#/properties/sources/items/additionalProperties",
                  keyword: "additionalProperties",
                  params: { additionalProperty: key1 },
                  message: "must NOT have additional properties",
                };
                if (vErrors === null) {
                  vErrors = [err13];
                } else {
                  vErrors.push(err13);
                }
                errors++;
              }
            }
            if (data6.title !== undefined) {
              let data7 = data6.title;
              if (typeof data7 === "string") {
                if (func2(data7) > 1000) {
                  const err14 = {
                    instancePath: instancePath + "/sources/" + i1 + "/title",
                    schemaPath: "#/properties/sources/items/properties/title/maxLength",
                    keyword: "maxLength",
                    params: { limit: 1000 },
                    message: "must NOT have more than 1000 characters",
                  };
                  if (vErrors === null) {
                    vErrors = [err14];
                  } else {
                    vErrors.push(err14);
                  }
                  errors++;
                }
                if (func2(data7) < 1) {
                  const err15 = {
                    instancePath: instancePath + "/sources/" + i1 + "/title",
                    schemaPath: "#/properties/sources/items/properties/title/minLength",
                    keyword: "minLength",
                    params: { limit: 1 },
                    message: "must NOT have fewer than 1 characters",
                  };
                  if (vErrors === null) {
                    vErrors = [err15];
                  } else {
                    vErrors.push(err15);
                  }
                  errors++;
                }
              } else {
                const err16 = {
                  instancePath: instancePath + "/sources/" + i1 + "/title",
                  schemaPath: "#/properties/sources/items/properties/title/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                };
                if (vErrors === null) {
                  vErrors = [err16];
                } else {
                  vErrors.push(err16);
                }
                errors++;
              }
            }
            if (data6.uri !== undefined) {
              let data8 = data6.uri;
              if (typeof data8 === "string") {
                if (func2(data8) > 2048) {
                  const err17 = {
                    instancePath: instancePath + "/sources/" + i1 + "/uri",
                    schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/uri/maxLength",
                    keyword: "maxLength",
                    params: { limit: 2048 },
                    message: "must NOT have more than 2048 characters",
                  };
                  if (vErrors === null) {
                    vErrors = [err17];
                  } else {
                    vErrors.push(err17);
                  }
                  errors++;
                }
                if (!pattern4.test(data8)) {
                  const err18 = {
                    instancePath: instancePath + "/sources/" + i1 + "/uri",
                    schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/uri/pattern",
                    keyword: "pattern",
                    params: { pattern: "^[A-Za-z][A-Za-z0-9+.-]*:[^\\s]+$" },
                    message: 'must match pattern "' + "^[A-Za-z][A-Za-z0-9+.-]*:[^\\s]+$" + '"',
                  };
                  if (vErrors === null) {
                    vErrors = [err18];
                  } else {
                    vErrors.push(err18);
                  }
                  errors++;
                }
              } else {
                const err19 = {
                  instancePath: instancePath + "/sources/" + i1 + "/uri",
                  schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/uri/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                };
                if (vErrors === null) {
                  vErrors = [err19];
                } else {
                  vErrors.push(err19);
                }
                errors++;
              }
            }
            if (data6.note !== undefined) {
              if (
                !validate24(data6.note, {
                  instancePath: instancePath + "/sources/" + i1 + "/note",
                  parentData: data6,
                  parentDataProperty: "note",
                  rootData,
                  dynamicAnchors,
                })
              ) {
                vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err20 = {
              instancePath: instancePath + "/sources/" + i1,
              schemaPath: "#/properties/sources/items/type",
              keyword: "type",
              params: { type: "object" },
              message: "must be object",
            };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
      } else {
        const err21 = {
          instancePath: instancePath + "/sources",
          schemaPath: "#/properties/sources/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array",
        };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.note !== undefined) {
      if (
        !validate24(data.note, {
          instancePath: instancePath + "/note",
          parentData: data,
          parentDataProperty: "note",
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err22 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
    };
    if (vErrors === null) {
      vErrors = [err22];
    } else {
      vErrors.push(err22);
    }
    errors++;
  }
  validate105.errors = vErrors;
  return errors === 0;
}
validate105.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
const schema140 = {
  title: "LikertScale",
  description:
    "A rating scale of consecutive integers from min to max, with a label for each point (or at least for both ends).",
  type: "object",
  additionalProperties: false,
  required: ["id", "min", "max", "labels"],
  properties: {
    id: { $ref: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id" },
    min: { type: "integer", minimum: 0, maximum: 10 },
    max: { type: "integer", minimum: 1, maximum: 11 },
    labels: {
      description: 'Labels keyed by the point\'s value as a string ("1", "5").',
      type: "object",
      minProperties: 2,
      propertyNames: { pattern: "^(?:[0-9]|1[01])$" },
      additionalProperties: { $ref: "https://w3id.org/competence-kit/schemas/localized-text/v1" },
    },
  },
};
const pattern82 = new RegExp("^(?:[0-9]|1[01])$", "u");
function validate109(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate109.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === undefined) {
      const err0 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "id" },
        message: "must have required property '" + "id" + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.min === undefined) {
      const err1 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "min" },
        message: "must have required property '" + "min" + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.max === undefined) {
      const err2 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "max" },
        message: "must have required property '" + "max" + "'",
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.labels === undefined) {
      const err3 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "labels" },
        message: "must have required property '" + "labels" + "'",
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "id" || key0 === "min" || key0 === "max" || key0 === "labels")) {
        const err4 = {
          instancePath,
          schemaPath: "#/additionalProperties",
          keyword: "additionalProperties",
          params: { additionalProperty: key0 },
          message: "must NOT have additional properties",
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.id !== undefined) {
      let data0 = data.id;
      if (typeof data0 === "string") {
        if (func2(data0) > 100) {
          const err5 = {
            instancePath: instancePath + "/id",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/maxLength",
            keyword: "maxLength",
            params: { limit: 100 },
            message: "must NOT have more than 100 characters",
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        if (func2(data0) < 1) {
          const err6 = {
            instancePath: instancePath + "/id",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/minLength",
            keyword: "minLength",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 characters",
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (!pattern20.test(data0)) {
          const err7 = {
            instancePath: instancePath + "/id",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/pattern",
            keyword: "pattern",
            params: { pattern: "^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$" },
            message: 'must match pattern "' + "^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$" + '"',
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = {
          instancePath: instancePath + "/id",
          schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.min !== undefined) {
      let data1 = data.min;
      if (!(typeof data1 == "number" && !(data1 % 1) && !isNaN(data1) && isFinite(data1))) {
        const err9 = {
          instancePath: instancePath + "/min",
          schemaPath: "#/properties/min/type",
          keyword: "type",
          params: { type: "integer" },
          message: "must be integer",
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
      if (typeof data1 == "number" && isFinite(data1)) {
        if (data1 > 10 || isNaN(data1)) {
          const err10 = {
            instancePath: instancePath + "/min",
            schemaPath: "#/properties/min/maximum",
            keyword: "maximum",
            params: { comparison: "<=", limit: 10 },
            message: "must be <= 10",
          };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        if (data1 < 0 || isNaN(data1)) {
          const err11 = {
            instancePath: instancePath + "/min",
            schemaPath: "#/properties/min/minimum",
            keyword: "minimum",
            params: { comparison: ">=", limit: 0 },
            message: "must be >= 0",
          };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      }
    }
    if (data.max !== undefined) {
      let data2 = data.max;
      if (!(typeof data2 == "number" && !(data2 % 1) && !isNaN(data2) && isFinite(data2))) {
        const err12 = {
          instancePath: instancePath + "/max",
          schemaPath: "#/properties/max/type",
          keyword: "type",
          params: { type: "integer" },
          message: "must be integer",
        };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
      if (typeof data2 == "number" && isFinite(data2)) {
        if (data2 > 11 || isNaN(data2)) {
          const err13 = {
            instancePath: instancePath + "/max",
            schemaPath: "#/properties/max/maximum",
            keyword: "maximum",
            params: { comparison: "<=", limit: 11 },
            message: "must be <= 11",
          };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
        if (data2 < 1 || isNaN(data2)) {
          const err14 = {
            instancePath: instancePath + "/max",
            schemaPath: "#/properties/max/minimum",
            keyword: "minimum",
            params: { comparison: ">=", limit: 1 },
            message: "must be >= 1",
          };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      }
    }
    if (data.labels !== undefined) {
      let data3 = data.labels;
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        if (Object.keys(data3).length < 2) {
          const err15 = {
            instancePath: instancePath + "/labels",
            schemaPath: "#/properties/labels/minProperties",
            keyword: "minProperties",
            params: { limit: 2 },
            message: "must NOT have fewer than 2 properties",
          };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
        for (const key1 in data3) {
          const _errs11 = errors;
          if (typeof key1 === "string") {
            if (!pattern82.test(key1)) {
              const err16 = {
                instancePath: instancePath + "/labels",
                schemaPath: "#/properties/labels/propertyNames/pattern",
                keyword: "pattern",
                params: { pattern: "^(?:[0-9]|1[01])$" },
                message: 'must match pattern "' + "^(?:[0-9]|1[01])$" + '"',
                propertyName: key1,
              };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
          }
          var valid2 = _errs11 === errors;
          if (!valid2) {
            const err17 = {
              instancePath: instancePath + "/labels",
              schemaPath: "#/properties/labels/propertyNames",
              keyword: "propertyNames",
              params: { propertyName: key1 },
              message: "property name must be valid",
            };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
        for (const key2 in data3) {
          if (
            !validate24(data3[key2], {
              instancePath: instancePath + "/labels/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),
              parentData: data3,
              parentDataProperty: key2,
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err18 = {
          instancePath: instancePath + "/labels",
          schemaPath: "#/properties/labels/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object",
        };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
  } else {
    const err19 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
    };
    if (vErrors === null) {
      vErrors = [err19];
    } else {
      vErrors.push(err19);
    }
    errors++;
  }
  validate109.errors = vErrors;
  return errors === 0;
}
validate109.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
const schema142 = {
  title: "InstrumentSection",
  description: "A group of items shown together.",
  type: "object",
  additionalProperties: false,
  required: ["id", "title", "items"],
  properties: {
    id: { $ref: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id" },
    title: { $ref: "https://w3id.org/competence-kit/schemas/localized-text/v1" },
    description: { $ref: "https://w3id.org/competence-kit/schemas/localized-text/v1" },
    items: { type: "array", minItems: 1, items: { $ref: "#/$defs/item" } },
  },
};
const schema144 = {
  title: "Item",
  description: "One question of an instrument.",
  oneOf: [
    { $ref: "#/$defs/likertItem" },
    { $ref: "#/$defs/singleChoiceItem" },
    { $ref: "#/$defs/multipleChoiceItem" },
    { $ref: "#/$defs/situationalJudgementItem" },
    { $ref: "#/$defs/freeTextItem" },
    { $ref: "#/$defs/rankingItem" },
  ],
  discriminator: { propertyName: "type" },
  type: "object",
  required: ["type"],
  properties: {
    type: {
      type: "string",
      enum: ["likert", "single-choice", "multiple-choice", "situational-judgement", "free-text", "ranking"],
    },
  },
};
const schema145 = {
  title: "LikertItem",
  description: "A statement rated on a declared scale. A reverse-keyed item scores high for a low rating.",
  type: "object",
  unevaluatedProperties: false,
  allOf: [{ $ref: "#/$defs/itemBase" }],
  required: ["type", "scale", "competence"],
  properties: {
    type: { const: "likert" },
    scale: {
      description: "The id of one of the instrument's likertScales.",
      $ref: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id",
    },
    reverse: { type: "boolean" },
  },
};
const schema146 = {
  title: "ItemBase",
  description: "What every item has.",
  type: "object",
  required: ["id", "prompt"],
  properties: {
    id: { $ref: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id" },
    competence: {
      description: "The competence the item measures. Required for scored items.",
      $ref: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id",
    },
    prompt: { $ref: "https://w3id.org/competence-kit/schemas/localized-text/v1" },
    help: { $ref: "https://w3id.org/competence-kit/schemas/localized-text/v1" },
    required: { description: "The respondent must answer it (not skip it).", type: "boolean" },
    weight: {
      description: "Weight in the competence score; default 1.",
      type: "number",
      exclusiveMinimum: 0,
      maximum: 100,
    },
  },
};
function validate117(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate117.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === undefined) {
      const err0 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "id" },
        message: "must have required property '" + "id" + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.prompt === undefined) {
      const err1 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "prompt" },
        message: "must have required property '" + "prompt" + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.id !== undefined) {
      let data0 = data.id;
      if (typeof data0 === "string") {
        if (func2(data0) > 100) {
          const err2 = {
            instancePath: instancePath + "/id",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/maxLength",
            keyword: "maxLength",
            params: { limit: 100 },
            message: "must NOT have more than 100 characters",
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (func2(data0) < 1) {
          const err3 = {
            instancePath: instancePath + "/id",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/minLength",
            keyword: "minLength",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 characters",
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (!pattern20.test(data0)) {
          const err4 = {
            instancePath: instancePath + "/id",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/pattern",
            keyword: "pattern",
            params: { pattern: "^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$" },
            message: 'must match pattern "' + "^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$" + '"',
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = {
          instancePath: instancePath + "/id",
          schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.competence !== undefined) {
      let data1 = data.competence;
      if (typeof data1 === "string") {
        if (func2(data1) > 100) {
          const err6 = {
            instancePath: instancePath + "/competence",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/maxLength",
            keyword: "maxLength",
            params: { limit: 100 },
            message: "must NOT have more than 100 characters",
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (func2(data1) < 1) {
          const err7 = {
            instancePath: instancePath + "/competence",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/minLength",
            keyword: "minLength",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 characters",
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (!pattern20.test(data1)) {
          const err8 = {
            instancePath: instancePath + "/competence",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/pattern",
            keyword: "pattern",
            params: { pattern: "^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$" },
            message: 'must match pattern "' + "^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$" + '"',
          };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = {
          instancePath: instancePath + "/competence",
          schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.prompt !== undefined) {
      if (
        !validate24(data.prompt, {
          instancePath: instancePath + "/prompt",
          parentData: data,
          parentDataProperty: "prompt",
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
        errors = vErrors.length;
      }
    }
    if (data.help !== undefined) {
      if (
        !validate24(data.help, {
          instancePath: instancePath + "/help",
          parentData: data,
          parentDataProperty: "help",
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
        errors = vErrors.length;
      }
    }
    if (data.required !== undefined) {
      if (typeof data.required !== "boolean") {
        const err10 = {
          instancePath: instancePath + "/required",
          schemaPath: "#/properties/required/type",
          keyword: "type",
          params: { type: "boolean" },
          message: "must be boolean",
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.weight !== undefined) {
      let data5 = data.weight;
      if (typeof data5 == "number" && isFinite(data5)) {
        if (data5 > 100 || isNaN(data5)) {
          const err11 = {
            instancePath: instancePath + "/weight",
            schemaPath: "#/properties/weight/maximum",
            keyword: "maximum",
            params: { comparison: "<=", limit: 100 },
            message: "must be <= 100",
          };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        if (data5 <= 0 || isNaN(data5)) {
          const err12 = {
            instancePath: instancePath + "/weight",
            schemaPath: "#/properties/weight/exclusiveMinimum",
            keyword: "exclusiveMinimum",
            params: { comparison: ">", limit: 0 },
            message: "must be > 0",
          };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      } else {
        const err13 = {
          instancePath: instancePath + "/weight",
          schemaPath: "#/properties/weight/type",
          keyword: "type",
          params: { type: "number" },
          message: "must be number",
        };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
  } else {
    const err14 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
    };
    if (vErrors === null) {
      vErrors = [err14];
    } else {
      vErrors.push(err14);
    }
    errors++;
  }
  validate117.errors = vErrors;
  return errors === 0;
}
validate117.evaluated = {
  props: { id: true, competence: true, prompt: true, help: true, required: true, weight: true },
  dynamicProps: false,
  dynamicItems: false,
};
function validate116(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate116.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (!validate117(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate117.errors : vErrors.concat(validate117.errors);
    errors = vErrors.length;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.type === undefined) {
      const err0 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "type" },
        message: "must have required property '" + "type" + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.scale === undefined) {
      const err1 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "scale" },
        message: "must have required property '" + "scale" + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.competence === undefined) {
      const err2 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "competence" },
        message: "must have required property '" + "competence" + "'",
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.type !== undefined) {
      if ("likert" !== data.type) {
        const err3 = {
          instancePath: instancePath + "/type",
          schemaPath: "#/properties/type/const",
          keyword: "const",
          params: { allowedValue: "likert" },
          message: "must be equal to constant",
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.scale !== undefined) {
      let data1 = data.scale;
      if (typeof data1 === "string") {
        if (func2(data1) > 100) {
          const err4 = {
            instancePath: instancePath + "/scale",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/maxLength",
            keyword: "maxLength",
            params: { limit: 100 },
            message: "must NOT have more than 100 characters",
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (func2(data1) < 1) {
          const err5 = {
            instancePath: instancePath + "/scale",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/minLength",
            keyword: "minLength",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 characters",
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        if (!pattern20.test(data1)) {
          const err6 = {
            instancePath: instancePath + "/scale",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/pattern",
            keyword: "pattern",
            params: { pattern: "^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$" },
            message: 'must match pattern "' + "^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$" + '"',
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = {
          instancePath: instancePath + "/scale",
          schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.reverse !== undefined) {
      if (typeof data.reverse !== "boolean") {
        const err8 = {
          instancePath: instancePath + "/reverse",
          schemaPath: "#/properties/reverse/type",
          keyword: "type",
          params: { type: "boolean" },
          message: "must be boolean",
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    for (const key0 in data) {
      if (
        key0 !== "type" &&
        key0 !== "scale" &&
        key0 !== "reverse" &&
        key0 !== "id" &&
        key0 !== "competence" &&
        key0 !== "prompt" &&
        key0 !== "help" &&
        key0 !== "required" &&
        key0 !== "weight"
      ) {
        const err9 = {
          instancePath,
          schemaPath: "#/unevaluatedProperties",
          keyword: "unevaluatedProperties",
          params: { unevaluatedProperty: key0 },
          message: "must NOT have unevaluated properties",
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
  } else {
    const err10 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
    };
    if (vErrors === null) {
      vErrors = [err10];
    } else {
      vErrors.push(err10);
    }
    errors++;
  }
  validate116.errors = vErrors;
  return errors === 0;
}
validate116.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
const schema150 = {
  title: "SingleChoiceItem",
  description: "One option out of several. Scored when its options carry points.",
  type: "object",
  unevaluatedProperties: false,
  allOf: [{ $ref: "#/$defs/itemBase" }],
  required: ["type", "options"],
  properties: {
    type: { const: "single-choice" },
    options: { type: "array", minItems: 2, maxItems: 50, items: { $ref: "#/$defs/option" } },
  },
};
const schema151 = {
  title: "ChoiceOption",
  description:
    "An answer option. In scored items, its points: the best option has the most, a harmful one may have negative points.",
  type: "object",
  additionalProperties: false,
  required: ["id", "label"],
  properties: {
    id: { $ref: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id" },
    label: { $ref: "https://w3id.org/competence-kit/schemas/localized-text/v1" },
    points: { type: "number", minimum: -100, maximum: 100 },
    feedback: {
      description: "Shown after answering, to explain the key (situational judgement).",
      $ref: "https://w3id.org/competence-kit/schemas/localized-text/v1",
    },
  },
};
function validate123(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate123.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === undefined) {
      const err0 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "id" },
        message: "must have required property '" + "id" + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.label === undefined) {
      const err1 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "label" },
        message: "must have required property '" + "label" + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "id" || key0 === "label" || key0 === "points" || key0 === "feedback")) {
        const err2 = {
          instancePath,
          schemaPath: "#/additionalProperties",
          keyword: "additionalProperties",
          params: { additionalProperty: key0 },
          message: "must NOT have additional properties",
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.id !== undefined) {
      let data0 = data.id;
      if (typeof data0 === "string") {
        if (func2(data0) > 100) {
          const err3 = {
            instancePath: instancePath + "/id",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/maxLength",
            keyword: "maxLength",
            params: { limit: 100 },
            message: "must NOT have more than 100 characters",
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (func2(data0) < 1) {
          const err4 = {
            instancePath: instancePath + "/id",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/minLength",
            keyword: "minLength",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 characters",
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (!pattern20.test(data0)) {
          const err5 = {
            instancePath: instancePath + "/id",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/pattern",
            keyword: "pattern",
            params: { pattern: "^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$" },
            message: 'must match pattern "' + "^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$" + '"',
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = {
          instancePath: instancePath + "/id",
          schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.label !== undefined) {
      if (
        !validate24(data.label, {
          instancePath: instancePath + "/label",
          parentData: data,
          parentDataProperty: "label",
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
        errors = vErrors.length;
      }
    }
    if (data.points !== undefined) {
      let data2 = data.points;
      if (typeof data2 == "number" && isFinite(data2)) {
        if (data2 > 100 || isNaN(data2)) {
          const err7 = {
            instancePath: instancePath + "/points",
            schemaPath: "#/properties/points/maximum",
            keyword: "maximum",
            params: { comparison: "<=", limit: 100 },
            message: "must be <= 100",
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (data2 < -100 || isNaN(data2)) {
          const err8 = {
            instancePath: instancePath + "/points",
            schemaPath: "#/properties/points/minimum",
            keyword: "minimum",
            params: { comparison: ">=", limit: -100 },
            message: "must be >= -100",
          };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = {
          instancePath: instancePath + "/points",
          schemaPath: "#/properties/points/type",
          keyword: "type",
          params: { type: "number" },
          message: "must be number",
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.feedback !== undefined) {
      if (
        !validate24(data.feedback, {
          instancePath: instancePath + "/feedback",
          parentData: data,
          parentDataProperty: "feedback",
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err10 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
    };
    if (vErrors === null) {
      vErrors = [err10];
    } else {
      vErrors.push(err10);
    }
    errors++;
  }
  validate123.errors = vErrors;
  return errors === 0;
}
validate123.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
function validate121(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate121.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (!validate117(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate117.errors : vErrors.concat(validate117.errors);
    errors = vErrors.length;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.type === undefined) {
      const err0 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "type" },
        message: "must have required property '" + "type" + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.options === undefined) {
      const err1 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "options" },
        message: "must have required property '" + "options" + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.type !== undefined) {
      if ("single-choice" !== data.type) {
        const err2 = {
          instancePath: instancePath + "/type",
          schemaPath: "#/properties/type/const",
          keyword: "const",
          params: { allowedValue: "single-choice" },
          message: "must be equal to constant",
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.options !== undefined) {
      let data1 = data.options;
      if (Array.isArray(data1)) {
        if (data1.length > 50) {
          const err3 = {
            instancePath: instancePath + "/options",
            schemaPath: "#/properties/options/maxItems",
            keyword: "maxItems",
            params: { limit: 50 },
            message: "must NOT have more than 50 items",
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (data1.length < 2) {
          const err4 = {
            instancePath: instancePath + "/options",
            schemaPath: "#/properties/options/minItems",
            keyword: "minItems",
            params: { limit: 2 },
            message: "must NOT have fewer than 2 items",
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (
            !validate123(data1[i0], {
              instancePath: instancePath + "/options/" + i0,
              parentData: data1,
              parentDataProperty: i0,
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate123.errors : vErrors.concat(validate123.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err5 = {
          instancePath: instancePath + "/options",
          schemaPath: "#/properties/options/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array",
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    for (const key0 in data) {
      if (
        key0 !== "type" &&
        key0 !== "options" &&
        key0 !== "id" &&
        key0 !== "competence" &&
        key0 !== "prompt" &&
        key0 !== "help" &&
        key0 !== "required" &&
        key0 !== "weight"
      ) {
        const err6 = {
          instancePath,
          schemaPath: "#/unevaluatedProperties",
          keyword: "unevaluatedProperties",
          params: { unevaluatedProperty: key0 },
          message: "must NOT have unevaluated properties",
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
  } else {
    const err7 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
    };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  validate121.errors = vErrors;
  return errors === 0;
}
validate121.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
const schema153 = {
  title: "MultipleChoiceItem",
  description:
    "Any number of options. Scored as the sum of the chosen options' points, placed between the lowest and the highest sum possible.",
  type: "object",
  unevaluatedProperties: false,
  allOf: [{ $ref: "#/$defs/itemBase" }],
  required: ["type", "options"],
  properties: {
    type: { const: "multiple-choice" },
    options: { type: "array", minItems: 2, maxItems: 50, items: { $ref: "#/$defs/option" } },
    minSelected: { type: "integer", minimum: 0 },
    maxSelected: { type: "integer", minimum: 1 },
  },
};
function validate127(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate127.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (!validate117(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate117.errors : vErrors.concat(validate117.errors);
    errors = vErrors.length;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.type === undefined) {
      const err0 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "type" },
        message: "must have required property '" + "type" + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.options === undefined) {
      const err1 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "options" },
        message: "must have required property '" + "options" + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.type !== undefined) {
      if ("multiple-choice" !== data.type) {
        const err2 = {
          instancePath: instancePath + "/type",
          schemaPath: "#/properties/type/const",
          keyword: "const",
          params: { allowedValue: "multiple-choice" },
          message: "must be equal to constant",
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.options !== undefined) {
      let data1 = data.options;
      if (Array.isArray(data1)) {
        if (data1.length > 50) {
          const err3 = {
            instancePath: instancePath + "/options",
            schemaPath: "#/properties/options/maxItems",
            keyword: "maxItems",
            params: { limit: 50 },
            message: "must NOT have more than 50 items",
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (data1.length < 2) {
          const err4 = {
            instancePath: instancePath + "/options",
            schemaPath: "#/properties/options/minItems",
            keyword: "minItems",
            params: { limit: 2 },
            message: "must NOT have fewer than 2 items",
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (
            !validate123(data1[i0], {
              instancePath: instancePath + "/options/" + i0,
              parentData: data1,
              parentDataProperty: i0,
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate123.errors : vErrors.concat(validate123.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err5 = {
          instancePath: instancePath + "/options",
          schemaPath: "#/properties/options/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array",
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.minSelected !== undefined) {
      let data3 = data.minSelected;
      if (!(typeof data3 == "number" && !(data3 % 1) && !isNaN(data3) && isFinite(data3))) {
        const err6 = {
          instancePath: instancePath + "/minSelected",
          schemaPath: "#/properties/minSelected/type",
          keyword: "type",
          params: { type: "integer" },
          message: "must be integer",
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      if (typeof data3 == "number" && isFinite(data3)) {
        if (data3 < 0 || isNaN(data3)) {
          const err7 = {
            instancePath: instancePath + "/minSelected",
            schemaPath: "#/properties/minSelected/minimum",
            keyword: "minimum",
            params: { comparison: ">=", limit: 0 },
            message: "must be >= 0",
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      }
    }
    if (data.maxSelected !== undefined) {
      let data4 = data.maxSelected;
      if (!(typeof data4 == "number" && !(data4 % 1) && !isNaN(data4) && isFinite(data4))) {
        const err8 = {
          instancePath: instancePath + "/maxSelected",
          schemaPath: "#/properties/maxSelected/type",
          keyword: "type",
          params: { type: "integer" },
          message: "must be integer",
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
      if (typeof data4 == "number" && isFinite(data4)) {
        if (data4 < 1 || isNaN(data4)) {
          const err9 = {
            instancePath: instancePath + "/maxSelected",
            schemaPath: "#/properties/maxSelected/minimum",
            keyword: "minimum",
            params: { comparison: ">=", limit: 1 },
            message: "must be >= 1",
          };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      }
    }
    for (const key0 in data) {
      if (
        key0 !== "type" &&
        key0 !== "options" &&
        key0 !== "minSelected" &&
        key0 !== "maxSelected" &&
        key0 !== "id" &&
        key0 !== "competence" &&
        key0 !== "prompt" &&
        key0 !== "help" &&
        key0 !== "required" &&
        key0 !== "weight"
      ) {
        const err10 = {
          instancePath,
          schemaPath: "#/unevaluatedProperties",
          keyword: "unevaluatedProperties",
          params: { unevaluatedProperty: key0 },
          message: "must NOT have unevaluated properties",
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
  } else {
    const err11 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
    };
    if (vErrors === null) {
      vErrors = [err11];
    } else {
      vErrors.push(err11);
    }
    errors++;
  }
  validate127.errors = vErrors;
  return errors === 0;
}
validate127.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
const schema154 = {
  title: "SituationalJudgementItem",
  description: "A realistic scene from work and possible reactions, keyed with points.",
  type: "object",
  unevaluatedProperties: false,
  allOf: [{ $ref: "#/$defs/itemBase" }],
  required: ["type", "scenario", "options", "competence"],
  properties: {
    type: { const: "situational-judgement" },
    scenario: { $ref: "https://w3id.org/competence-kit/schemas/localized-text/v1" },
    options: { type: "array", minItems: 2, maxItems: 10, items: { $ref: "#/$defs/option" } },
  },
};
function validate130(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate130.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (!validate117(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate117.errors : vErrors.concat(validate117.errors);
    errors = vErrors.length;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.type === undefined) {
      const err0 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "type" },
        message: "must have required property '" + "type" + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.scenario === undefined) {
      const err1 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "scenario" },
        message: "must have required property '" + "scenario" + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.options === undefined) {
      const err2 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "options" },
        message: "must have required property '" + "options" + "'",
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.competence === undefined) {
      const err3 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "competence" },
        message: "must have required property '" + "competence" + "'",
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.type !== undefined) {
      if ("situational-judgement" !== data.type) {
        const err4 = {
          instancePath: instancePath + "/type",
          schemaPath: "#/properties/type/const",
          keyword: "const",
          params: { allowedValue: "situational-judgement" },
          message: "must be equal to constant",
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.scenario !== undefined) {
      if (
        !validate24(data.scenario, {
          instancePath: instancePath + "/scenario",
          parentData: data,
          parentDataProperty: "scenario",
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
        errors = vErrors.length;
      }
    }
    if (data.options !== undefined) {
      let data2 = data.options;
      if (Array.isArray(data2)) {
        if (data2.length > 10) {
          const err5 = {
            instancePath: instancePath + "/options",
            schemaPath: "#/properties/options/maxItems",
            keyword: "maxItems",
            params: { limit: 10 },
            message: "must NOT have more than 10 items",
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        if (data2.length < 2) {
          const err6 = {
            instancePath: instancePath + "/options",
            schemaPath: "#/properties/options/minItems",
            keyword: "minItems",
            params: { limit: 2 },
            message: "must NOT have fewer than 2 items",
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (
            !validate123(data2[i0], {
              instancePath: instancePath + "/options/" + i0,
              parentData: data2,
              parentDataProperty: i0,
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate123.errors : vErrors.concat(validate123.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err7 = {
          instancePath: instancePath + "/options",
          schemaPath: "#/properties/options/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array",
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    for (const key0 in data) {
      if (
        key0 !== "type" &&
        key0 !== "scenario" &&
        key0 !== "options" &&
        key0 !== "id" &&
        key0 !== "competence" &&
        key0 !== "prompt" &&
        key0 !== "help" &&
        key0 !== "required" &&
        key0 !== "weight"
      ) {
        const err8 = {
          instancePath,
          schemaPath: "#/unevaluatedProperties",
          keyword: "unevaluatedProperties",
          params: { unevaluatedProperty: key0 },
          message: "must NOT have unevaluated properties",
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
  } else {
    const err9 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
    };
    if (vErrors === null) {
      vErrors = [err9];
    } else {
      vErrors.push(err9);
    }
    errors++;
  }
  validate130.errors = vErrors;
  return errors === 0;
}
validate130.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
const schema155 = {
  title: "FreeTextItem",
  description: "An open answer. Never scored.",
  type: "object",
  unevaluatedProperties: false,
  allOf: [{ $ref: "#/$defs/itemBase" }],
  properties: { type: { const: "free-text" }, maxLength: { type: "integer", minimum: 1, maximum: 20000 } },
  required: ["type"],
};
function validate134(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate134.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (!validate117(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate117.errors : vErrors.concat(validate117.errors);
    errors = vErrors.length;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.type === undefined) {
      const err0 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "type" },
        message: "must have required property '" + "type" + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.type !== undefined) {
      if ("free-text" !== data.type) {
        const err1 = {
          instancePath: instancePath + "/type",
          schemaPath: "#/properties/type/const",
          keyword: "const",
          params: { allowedValue: "free-text" },
          message: "must be equal to constant",
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.maxLength !== undefined) {
      let data1 = data.maxLength;
      if (!(typeof data1 == "number" && !(data1 % 1) && !isNaN(data1) && isFinite(data1))) {
        const err2 = {
          instancePath: instancePath + "/maxLength",
          schemaPath: "#/properties/maxLength/type",
          keyword: "type",
          params: { type: "integer" },
          message: "must be integer",
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (typeof data1 == "number" && isFinite(data1)) {
        if (data1 > 20000 || isNaN(data1)) {
          const err3 = {
            instancePath: instancePath + "/maxLength",
            schemaPath: "#/properties/maxLength/maximum",
            keyword: "maximum",
            params: { comparison: "<=", limit: 20000 },
            message: "must be <= 20000",
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (data1 < 1 || isNaN(data1)) {
          const err4 = {
            instancePath: instancePath + "/maxLength",
            schemaPath: "#/properties/maxLength/minimum",
            keyword: "minimum",
            params: { comparison: ">=", limit: 1 },
            message: "must be >= 1",
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      }
    }
    for (const key0 in data) {
      if (
        key0 !== "type" &&
        key0 !== "maxLength" &&
        key0 !== "id" &&
        key0 !== "competence" &&
        key0 !== "prompt" &&
        key0 !== "help" &&
        key0 !== "required" &&
        key0 !== "weight"
      ) {
        const err5 = {
          instancePath,
          schemaPath: "#/unevaluatedProperties",
          keyword: "unevaluatedProperties",
          params: { unevaluatedProperty: key0 },
          message: "must NOT have unevaluated properties",
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
  } else {
    const err6 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
    };
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  }
  validate134.errors = vErrors;
  return errors === 0;
}
validate134.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
const schema156 = {
  title: "RankingItem",
  description: "Put the options in order. Scored by closeness to the key (Spearman's footrule) when a key is given.",
  type: "object",
  unevaluatedProperties: false,
  allOf: [{ $ref: "#/$defs/itemBase" }],
  required: ["type", "options"],
  properties: {
    type: { const: "ranking" },
    options: { type: "array", minItems: 2, maxItems: 20, items: { $ref: "#/$defs/option" } },
    key: {
      description: "The option ids in the best order.",
      type: "array",
      items: { $ref: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id" },
    },
  },
};
function validate136(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate136.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (!validate117(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate117.errors : vErrors.concat(validate117.errors);
    errors = vErrors.length;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.type === undefined) {
      const err0 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "type" },
        message: "must have required property '" + "type" + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.options === undefined) {
      const err1 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "options" },
        message: "must have required property '" + "options" + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.type !== undefined) {
      if ("ranking" !== data.type) {
        const err2 = {
          instancePath: instancePath + "/type",
          schemaPath: "#/properties/type/const",
          keyword: "const",
          params: { allowedValue: "ranking" },
          message: "must be equal to constant",
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.options !== undefined) {
      let data1 = data.options;
      if (Array.isArray(data1)) {
        if (data1.length > 20) {
          const err3 = {
            instancePath: instancePath + "/options",
            schemaPath: "#/properties/options/maxItems",
            keyword: "maxItems",
            params: { limit: 20 },
            message: "must NOT have more than 20 items",
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (data1.length < 2) {
          const err4 = {
            instancePath: instancePath + "/options",
            schemaPath: "#/properties/options/minItems",
            keyword: "minItems",
            params: { limit: 2 },
            message: "must NOT have fewer than 2 items",
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (
            !validate123(data1[i0], {
              instancePath: instancePath + "/options/" + i0,
              parentData: data1,
              parentDataProperty: i0,
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate123.errors : vErrors.concat(validate123.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err5 = {
          instancePath: instancePath + "/options",
          schemaPath: "#/properties/options/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array",
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.key !== undefined) {
      let data3 = data.key;
      if (Array.isArray(data3)) {
        const len1 = data3.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data4 = data3[i1];
          if (typeof data4 === "string") {
            if (func2(data4) > 100) {
              const err6 = {
                instancePath: instancePath + "/key/" + i1,
                schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/maxLength",
                keyword: "maxLength",
                params: { limit: 100 },
                message: "must NOT have more than 100 characters",
              };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
            if (func2(data4) < 1) {
              const err7 = {
                instancePath: instancePath + "/key/" + i1,
                schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/minLength",
                keyword: "minLength",
                params: { limit: 1 },
                message: "must NOT have fewer than 1 characters",
              };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
            if (!pattern20.test(data4)) {
              const err8 = {
                instancePath: instancePath + "/key/" + i1,
                schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/pattern",
                keyword: "pattern",
                params: { pattern: "^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$" },
                message: 'must match pattern "' + "^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$" + '"',
              };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
          } else {
            const err9 = {
              instancePath: instancePath + "/key/" + i1,
              schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
            };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
      } else {
        const err10 = {
          instancePath: instancePath + "/key",
          schemaPath: "#/properties/key/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array",
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    for (const key0 in data) {
      if (
        key0 !== "type" &&
        key0 !== "options" &&
        key0 !== "key" &&
        key0 !== "id" &&
        key0 !== "competence" &&
        key0 !== "prompt" &&
        key0 !== "help" &&
        key0 !== "required" &&
        key0 !== "weight"
      ) {
        const err11 = {
          instancePath,
          schemaPath: "#/unevaluatedProperties",
          keyword: "unevaluatedProperties",
          params: { unevaluatedProperty: key0 },
          message: "must NOT have unevaluated properties",
        };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
  } else {
    const err12 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
    };
    if (vErrors === null) {
      vErrors = [err12];
    } else {
      vErrors.push(err12);
    }
    errors++;
  }
  validate136.errors = vErrors;
  return errors === 0;
}
validate136.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
function validate115(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate115.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.type === undefined) {
      const err0 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "type" },
        message: "must have required property '" + "type" + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.type !== undefined) {
      let data0 = data.type;
      if (typeof data0 !== "string") {
        const err1 = {
          instancePath: instancePath + "/type",
          schemaPath: "#/properties/type/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (!(
        data0 === "likert" ||
        data0 === "single-choice" ||
        data0 === "multiple-choice" ||
        data0 === "situational-judgement" ||
        data0 === "free-text" ||
        data0 === "ranking"
      )) {
        const err2 = {
          instancePath: instancePath + "/type",
          schemaPath: "#/properties/type/enum",
          keyword: "enum",
          params: { allowedValues: schema144.properties.type.enum },
          message: "must be equal to one of the allowed values",
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    const tag0 = data.type;
    if (typeof tag0 == "string") {
      if (tag0 === "likert") {
        if (!validate116(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
          vErrors = vErrors === null ? validate116.errors : vErrors.concat(validate116.errors);
          errors = vErrors.length;
        }
        var props0 = true;
      } else if (tag0 === "single-choice") {
        if (!validate121(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
          vErrors = vErrors === null ? validate121.errors : vErrors.concat(validate121.errors);
          errors = vErrors.length;
        }
        if (props0 !== true) {
          props0 = true;
        }
      } else if (tag0 === "multiple-choice") {
        if (!validate127(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
          vErrors = vErrors === null ? validate127.errors : vErrors.concat(validate127.errors);
          errors = vErrors.length;
        }
        if (props0 !== true) {
          props0 = true;
        }
      } else if (tag0 === "situational-judgement") {
        if (!validate130(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
          vErrors = vErrors === null ? validate130.errors : vErrors.concat(validate130.errors);
          errors = vErrors.length;
        }
        if (props0 !== true) {
          props0 = true;
        }
      } else if (tag0 === "free-text") {
        if (!validate134(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
          vErrors = vErrors === null ? validate134.errors : vErrors.concat(validate134.errors);
          errors = vErrors.length;
        }
        if (props0 !== true) {
          props0 = true;
        }
      } else if (tag0 === "ranking") {
        if (!validate136(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
          vErrors = vErrors === null ? validate136.errors : vErrors.concat(validate136.errors);
          errors = vErrors.length;
        }
        if (props0 !== true) {
          props0 = true;
        }
      } else {
        const err3 = {
          instancePath,
          schemaPath: "#/discriminator",
          keyword: "discriminator",
          params: { error: "mapping", tag: "type", tagValue: tag0 },
          message: 'value of tag "type" must be in oneOf',
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    } else {
      const err4 = {
        instancePath,
        schemaPath: "#/discriminator",
        keyword: "discriminator",
        params: { error: "tag", tag: "type", tagValue: tag0 },
        message: 'tag "type" must be string',
      };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
  } else {
    const err5 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
    };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  }
  validate115.errors = vErrors;
  evaluated0.props = props0;
  return errors === 0;
}
validate115.evaluated = { dynamicProps: true, dynamicItems: false };
function validate112(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate112.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === undefined) {
      const err0 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "id" },
        message: "must have required property '" + "id" + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.title === undefined) {
      const err1 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "title" },
        message: "must have required property '" + "title" + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.items === undefined) {
      const err2 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "items" },
        message: "must have required property '" + "items" + "'",
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "id" || key0 === "title" || key0 === "description" || key0 === "items")) {
        const err3 = {
          instancePath,
          schemaPath: "#/additionalProperties",
          keyword: "additionalProperties",
          params: { additionalProperty: key0 },
          message: "must NOT have additional properties",
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.id !== undefined) {
      let data0 = data.id;
      if (typeof data0 === "string") {
        if (func2(data0) > 100) {
          const err4 = {
            instancePath: instancePath + "/id",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/maxLength",
            keyword: "maxLength",
            params: { limit: 100 },
            message: "must NOT have more than 100 characters",
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (func2(data0) < 1) {
          const err5 = {
            instancePath: instancePath + "/id",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/minLength",
            keyword: "minLength",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 characters",
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        if (!pattern20.test(data0)) {
          const err6 = {
            instancePath: instancePath + "/id",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/pattern",
            keyword: "pattern",
            params: { pattern: "^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$" },
            message: 'must match pattern "' + "^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$" + '"',
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = {
          instancePath: instancePath + "/id",
          schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.title !== undefined) {
      if (
        !validate24(data.title, {
          instancePath: instancePath + "/title",
          parentData: data,
          parentDataProperty: "title",
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
        errors = vErrors.length;
      }
    }
    if (data.description !== undefined) {
      if (
        !validate24(data.description, {
          instancePath: instancePath + "/description",
          parentData: data,
          parentDataProperty: "description",
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
        errors = vErrors.length;
      }
    }
    if (data.items !== undefined) {
      let data3 = data.items;
      if (Array.isArray(data3)) {
        if (data3.length < 1) {
          const err8 = {
            instancePath: instancePath + "/items",
            schemaPath: "#/properties/items/minItems",
            keyword: "minItems",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 items",
          };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        const len0 = data3.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (
            !validate115(data3[i0], {
              instancePath: instancePath + "/items/" + i0,
              parentData: data3,
              parentDataProperty: i0,
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate115.errors : vErrors.concat(validate115.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err9 = {
          instancePath: instancePath + "/items",
          schemaPath: "#/properties/items/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array",
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
  } else {
    const err10 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
    };
    if (vErrors === null) {
      vErrors = [err10];
    } else {
      vErrors.push(err10);
    }
    errors++;
  }
  validate112.errors = vErrors;
  return errors === 0;
}
validate112.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
const schema158 = {
  title: "ScoringRules",
  description: "How item scores become a competence score and a level.",
  type: "object",
  additionalProperties: false,
  required: ["minAnsweredShare", "thresholds"],
  properties: {
    minAnsweredShare: {
      description: "The share of a competence's scored items that must be answered for its score to be valid (0 to 1).",
      type: "number",
      minimum: 0,
      maximum: 1,
    },
    thresholds: {
      description: "From the lowest level to the highest; the first starts at 0.",
      type: "array",
      minItems: 1,
      items: { $ref: "#/$defs/threshold" },
    },
    competenceThresholds: {
      description: "Thresholds for particular competences, keyed by competence id.",
      type: "object",
      propertyNames: { $ref: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id" },
      additionalProperties: { type: "array", minItems: 1, items: { $ref: "#/$defs/threshold" } },
    },
  },
};
const schema159 = {
  title: "LevelThreshold",
  description: "A normalised score from which a level is reached.",
  type: "object",
  additionalProperties: false,
  required: ["level", "min"],
  properties: {
    level: { $ref: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id" },
    min: { type: "number", minimum: 0, maximum: 1 },
  },
};
function validate148(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate148.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.level === undefined) {
      const err0 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "level" },
        message: "must have required property '" + "level" + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.min === undefined) {
      const err1 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "min" },
        message: "must have required property '" + "min" + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "level" || key0 === "min")) {
        const err2 = {
          instancePath,
          schemaPath: "#/additionalProperties",
          keyword: "additionalProperties",
          params: { additionalProperty: key0 },
          message: "must NOT have additional properties",
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.level !== undefined) {
      let data0 = data.level;
      if (typeof data0 === "string") {
        if (func2(data0) > 100) {
          const err3 = {
            instancePath: instancePath + "/level",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/maxLength",
            keyword: "maxLength",
            params: { limit: 100 },
            message: "must NOT have more than 100 characters",
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (func2(data0) < 1) {
          const err4 = {
            instancePath: instancePath + "/level",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/minLength",
            keyword: "minLength",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 characters",
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (!pattern20.test(data0)) {
          const err5 = {
            instancePath: instancePath + "/level",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/pattern",
            keyword: "pattern",
            params: { pattern: "^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$" },
            message: 'must match pattern "' + "^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$" + '"',
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = {
          instancePath: instancePath + "/level",
          schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.min !== undefined) {
      let data1 = data.min;
      if (typeof data1 == "number" && isFinite(data1)) {
        if (data1 > 1 || isNaN(data1)) {
          const err7 = {
            instancePath: instancePath + "/min",
            schemaPath: "#/properties/min/maximum",
            keyword: "maximum",
            params: { comparison: "<=", limit: 1 },
            message: "must be <= 1",
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (data1 < 0 || isNaN(data1)) {
          const err8 = {
            instancePath: instancePath + "/min",
            schemaPath: "#/properties/min/minimum",
            keyword: "minimum",
            params: { comparison: ">=", limit: 0 },
            message: "must be >= 0",
          };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = {
          instancePath: instancePath + "/min",
          schemaPath: "#/properties/min/type",
          keyword: "type",
          params: { type: "number" },
          message: "must be number",
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
  } else {
    const err10 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
    };
    if (vErrors === null) {
      vErrors = [err10];
    } else {
      vErrors.push(err10);
    }
    errors++;
  }
  validate148.errors = vErrors;
  return errors === 0;
}
validate148.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
function validate147(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate147.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.minAnsweredShare === undefined) {
      const err0 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "minAnsweredShare" },
        message: "must have required property '" + "minAnsweredShare" + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.thresholds === undefined) {
      const err1 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "thresholds" },
        message: "must have required property '" + "thresholds" + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "minAnsweredShare" || key0 === "thresholds" || key0 === "competenceThresholds")) {
        const err2 = {
          instancePath,
          schemaPath: "#/additionalProperties",
          keyword: "additionalProperties",
          params: { additionalProperty: key0 },
          message: "must NOT have additional properties",
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.minAnsweredShare !== undefined) {
      let data0 = data.minAnsweredShare;
      if (typeof data0 == "number" && isFinite(data0)) {
        if (data0 > 1 || isNaN(data0)) {
          const err3 = {
            instancePath: instancePath + "/minAnsweredShare",
            schemaPath: "#/properties/minAnsweredShare/maximum",
            keyword: "maximum",
            params: { comparison: "<=", limit: 1 },
            message: "must be <= 1",
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (data0 < 0 || isNaN(data0)) {
          const err4 = {
            instancePath: instancePath + "/minAnsweredShare",
            schemaPath: "#/properties/minAnsweredShare/minimum",
            keyword: "minimum",
            params: { comparison: ">=", limit: 0 },
            message: "must be >= 0",
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = {
          instancePath: instancePath + "/minAnsweredShare",
          schemaPath: "#/properties/minAnsweredShare/type",
          keyword: "type",
          params: { type: "number" },
          message: "must be number",
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.thresholds !== undefined) {
      let data1 = data.thresholds;
      if (Array.isArray(data1)) {
        if (data1.length < 1) {
          const err6 = {
            instancePath: instancePath + "/thresholds",
            schemaPath: "#/properties/thresholds/minItems",
            keyword: "minItems",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 items",
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (
            !validate148(data1[i0], {
              instancePath: instancePath + "/thresholds/" + i0,
              parentData: data1,
              parentDataProperty: i0,
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate148.errors : vErrors.concat(validate148.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err7 = {
          instancePath: instancePath + "/thresholds",
          schemaPath: "#/properties/thresholds/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array",
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.competenceThresholds !== undefined) {
      let data3 = data.competenceThresholds;
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        for (const key1 in data3) {
          const _errs9 = errors;
          if (typeof key1 === "string") {
            if (func2(key1) > 100) {
              const err8 = {
                instancePath: instancePath + "/competenceThresholds",
                schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/maxLength",
                keyword: "maxLength",
                params: { limit: 100 },
                message: "must NOT have more than 100 characters",
                propertyName: key1,
              };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
            if (func2(key1) < 1) {
              const err9 = {
                instancePath: instancePath + "/competenceThresholds",
                schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/minLength",
                keyword: "minLength",
                params: { limit: 1 },
                message: "must NOT have fewer than 1 characters",
                propertyName: key1,
              };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
            if (!pattern20.test(key1)) {
              const err10 = {
                instancePath: instancePath + "/competenceThresholds",
                schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/pattern",
                keyword: "pattern",
                params: { pattern: "^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$" },
                message: 'must match pattern "' + "^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$" + '"',
                propertyName: key1,
              };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
          } else {
            const err11 = {
              instancePath: instancePath + "/competenceThresholds",
              schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
              propertyName: key1,
            };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
          var valid3 = _errs9 === errors;
          if (!valid3) {
            const err12 = {
              instancePath: instancePath + "/competenceThresholds",
              schemaPath: "#/properties/competenceThresholds/propertyNames",
              keyword: "propertyNames",
              params: { propertyName: key1 },
              message: "property name must be valid",
            };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        for (const key2 in data3) {
          let data4 = data3[key2];
          if (Array.isArray(data4)) {
            if (data4.length < 1) {
              const err13 = {
                instancePath: instancePath + "/competenceThresholds/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),
                schemaPath: "#/properties/competenceThresholds/additionalProperties/minItems",
                keyword: "minItems",
                params: { limit: 1 },
                message: "must NOT have fewer than 1 items",
              };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
            const len1 = data4.length;
            for (let i1 = 0; i1 < len1; i1++) {
              if (
                !validate148(data4[i1], {
                  instancePath:
                    instancePath + "/competenceThresholds/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i1,
                  parentData: data4,
                  parentDataProperty: i1,
                  rootData,
                  dynamicAnchors,
                })
              ) {
                vErrors = vErrors === null ? validate148.errors : vErrors.concat(validate148.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err14 = {
              instancePath: instancePath + "/competenceThresholds/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),
              schemaPath: "#/properties/competenceThresholds/additionalProperties/type",
              keyword: "type",
              params: { type: "array" },
              message: "must be array",
            };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
      } else {
        const err15 = {
          instancePath: instancePath + "/competenceThresholds",
          schemaPath: "#/properties/competenceThresholds/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object",
        };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
  } else {
    const err16 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
    };
    if (vErrors === null) {
      vErrors = [err16];
    } else {
      vErrors.push(err16);
    }
    errors++;
  }
  validate147.errors = vErrors;
  return errors === 0;
}
validate147.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
function validate99(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://w3id.org/competence-kit/schemas/instrument/v1" */ let vErrors = null;
  let errors = 0;
  const evaluated0 = validate99.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === undefined) {
      const err0 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "id" },
        message: "must have required property '" + "id" + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.version === undefined) {
      const err1 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "version" },
        message: "must have required property '" + "version" + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.framework === undefined) {
      const err2 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "framework" },
        message: "must have required property '" + "framework" + "'",
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.title === undefined) {
      const err3 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "title" },
        message: "must have required property '" + "title" + "'",
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.locales === undefined) {
      const err4 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "locales" },
        message: "must have required property '" + "locales" + "'",
      };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.defaultLocale === undefined) {
      const err5 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "defaultLocale" },
        message: "must have required property '" + "defaultLocale" + "'",
      };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.sections === undefined) {
      const err6 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "sections" },
        message: "must have required property '" + "sections" + "'",
      };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.scoring === undefined) {
      const err7 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "scoring" },
        message: "must have required property '" + "scoring" + "'",
      };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func1.call(schema127.properties, key0)) {
        const err8 = {
          instancePath,
          schemaPath: "#/additionalProperties",
          keyword: "additionalProperties",
          params: { additionalProperty: key0 },
          message: "must NOT have additional properties",
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.$schema !== undefined) {
      if (typeof data.$schema !== "string") {
        const err9 = {
          instancePath: instancePath + "/$schema",
          schemaPath: "#/properties/%24schema/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.id !== undefined) {
      let data1 = data.id;
      if (typeof data1 === "string") {
        if (func2(data1) > 2048) {
          const err10 = {
            instancePath: instancePath + "/id",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/uri/maxLength",
            keyword: "maxLength",
            params: { limit: 2048 },
            message: "must NOT have more than 2048 characters",
          };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        if (!pattern4.test(data1)) {
          const err11 = {
            instancePath: instancePath + "/id",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/uri/pattern",
            keyword: "pattern",
            params: { pattern: "^[A-Za-z][A-Za-z0-9+.-]*:[^\\s]+$" },
            message: 'must match pattern "' + "^[A-Za-z][A-Za-z0-9+.-]*:[^\\s]+$" + '"',
          };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      } else {
        const err12 = {
          instancePath: instancePath + "/id",
          schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/uri/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.version !== undefined) {
      let data2 = data.version;
      if (typeof data2 === "string") {
        if (func2(data2) > 256) {
          const err13 = {
            instancePath: instancePath + "/version",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/semver/maxLength",
            keyword: "maxLength",
            params: { limit: 256 },
            message: "must NOT have more than 256 characters",
          };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
        if (!pattern6.test(data2)) {
          const err14 = {
            instancePath: instancePath + "/version",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/semver/pattern",
            keyword: "pattern",
            params: {
              pattern:
                "^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$",
            },
            message:
              'must match pattern "' +
              "^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$" +
              '"',
          };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      } else {
        const err15 = {
          instancePath: instancePath + "/version",
          schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/semver/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.framework !== undefined) {
      if (
        !validate100(data.framework, {
          instancePath: instancePath + "/framework",
          parentData: data,
          parentDataProperty: "framework",
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
        errors = vErrors.length;
      }
    }
    if (data.purpose !== undefined) {
      let data4 = data.purpose;
      if (typeof data4 !== "string") {
        const err16 = {
          instancePath: instancePath + "/purpose",
          schemaPath: "#/properties/purpose/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
      if (!(
        data4 === "self-assessment" ||
        data4 === "needs-analysis" ||
        data4 === "organisational-self-check" ||
        data4 === "evaluation"
      )) {
        const err17 = {
          instancePath: instancePath + "/purpose",
          schemaPath: "#/properties/purpose/enum",
          keyword: "enum",
          params: { allowedValues: schema127.properties.purpose.enum },
          message: "must be equal to one of the allowed values",
        };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.audience !== undefined) {
      let data5 = data.audience;
      if (typeof data5 !== "string") {
        const err18 = {
          instancePath: instancePath + "/audience",
          schemaPath: "#/properties/audience/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
      if (!(
        data5 === "staff" ||
        data5 === "third-country-nationals" ||
        data5 === "stakeholders" ||
        data5 === "organisation"
      )) {
        const err19 = {
          instancePath: instancePath + "/audience",
          schemaPath: "#/properties/audience/enum",
          keyword: "enum",
          params: { allowedValues: schema127.properties.audience.enum },
          message: "must be equal to one of the allowed values",
        };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.title !== undefined) {
      if (
        !validate24(data.title, {
          instancePath: instancePath + "/title",
          parentData: data,
          parentDataProperty: "title",
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
        errors = vErrors.length;
      }
    }
    if (data.description !== undefined) {
      if (
        !validate24(data.description, {
          instancePath: instancePath + "/description",
          parentData: data,
          parentDataProperty: "description",
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
        errors = vErrors.length;
      }
    }
    if (data.instructions !== undefined) {
      if (
        !validate24(data.instructions, {
          instancePath: instancePath + "/instructions",
          parentData: data,
          parentDataProperty: "instructions",
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
        errors = vErrors.length;
      }
    }
    if (data.locales !== undefined) {
      let data9 = data.locales;
      if (Array.isArray(data9)) {
        if (data9.length < 1) {
          const err20 = {
            instancePath: instancePath + "/locales",
            schemaPath: "#/properties/locales/minItems",
            keyword: "minItems",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 items",
          };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
        const len0 = data9.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data10 = data9[i0];
          if (typeof data10 === "string") {
            if (func2(data10) > 35) {
              const err21 = {
                instancePath: instancePath + "/locales/" + i0,
                schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/locale/maxLength",
                keyword: "maxLength",
                params: { limit: 35 },
                message: "must NOT have more than 35 characters",
              };
              if (vErrors === null) {
                vErrors = [err21];
              } else {
                vErrors.push(err21);
              }
              errors++;
            }
            if (!pattern7.test(data10)) {
              const err22 = {
                instancePath: instancePath + "/locales/" + i0,
                schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/locale/pattern",
                keyword: "pattern",
                params: {
                  pattern:
                    "^[A-Za-z]{2,3}(?:-[A-Za-z]{4})?(?:-(?:[A-Za-z]{2}|[0-9]{3}))?(?:-(?:[A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*$",
                },
                message:
                  'must match pattern "' +
                  "^[A-Za-z]{2,3}(?:-[A-Za-z]{4})?(?:-(?:[A-Za-z]{2}|[0-9]{3}))?(?:-(?:[A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*$" +
                  '"',
              };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
          } else {
            const err23 = {
              instancePath: instancePath + "/locales/" + i0,
              schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/locale/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
            };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
        let i1 = data9.length;
        let j0;
        if (i1 > 1) {
          outer0: for (; i1--;) {
            for (j0 = i1; j0--;) {
              if (func0(data9[i1], data9[j0])) {
                const err24 = {
                  instancePath: instancePath + "/locales",
                  schemaPath: "#/properties/locales/uniqueItems",
                  keyword: "uniqueItems",
                  params: { i: i1, j: j0 },
                  message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)",
                };
                if (vErrors === null) {
                  vErrors = [err24];
                } else {
                  vErrors.push(err24);
                }
                errors++;
                break outer0;
              }
            }
          }
        }
      } else {
        const err25 = {
          instancePath: instancePath + "/locales",
          schemaPath: "#/properties/locales/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array",
        };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
    if (data.defaultLocale !== undefined) {
      let data11 = data.defaultLocale;
      if (typeof data11 === "string") {
        if (func2(data11) > 35) {
          const err26 = {
            instancePath: instancePath + "/defaultLocale",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/locale/maxLength",
            keyword: "maxLength",
            params: { limit: 35 },
            message: "must NOT have more than 35 characters",
          };
          if (vErrors === null) {
            vErrors = [err26];
          } else {
            vErrors.push(err26);
          }
          errors++;
        }
        if (!pattern7.test(data11)) {
          const err27 = {
            instancePath: instancePath + "/defaultLocale",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/locale/pattern",
            keyword: "pattern",
            params: {
              pattern:
                "^[A-Za-z]{2,3}(?:-[A-Za-z]{4})?(?:-(?:[A-Za-z]{2}|[0-9]{3}))?(?:-(?:[A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*$",
            },
            message:
              'must match pattern "' +
              "^[A-Za-z]{2,3}(?:-[A-Za-z]{4})?(?:-(?:[A-Za-z]{2}|[0-9]{3}))?(?:-(?:[A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*$" +
              '"',
          };
          if (vErrors === null) {
            vErrors = [err27];
          } else {
            vErrors.push(err27);
          }
          errors++;
        }
      } else {
        const err28 = {
          instancePath: instancePath + "/defaultLocale",
          schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/locale/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
    if (data.license !== undefined) {
      let data12 = data.license;
      if (typeof data12 === "string") {
        if (func2(data12) > 200) {
          const err29 = {
            instancePath: instancePath + "/license",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/spdxLicense/maxLength",
            keyword: "maxLength",
            params: { limit: 200 },
            message: "must NOT have more than 200 characters",
          };
          if (vErrors === null) {
            vErrors = [err29];
          } else {
            vErrors.push(err29);
          }
          errors++;
        }
        if (func2(data12) < 1) {
          const err30 = {
            instancePath: instancePath + "/license",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/spdxLicense/minLength",
            keyword: "minLength",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 characters",
          };
          if (vErrors === null) {
            vErrors = [err30];
          } else {
            vErrors.push(err30);
          }
          errors++;
        }
        if (!pattern10.test(data12)) {
          const err31 = {
            instancePath: instancePath + "/license",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/spdxLicense/pattern",
            keyword: "pattern",
            params: { pattern: "^[A-Za-z0-9.+:() -]+$" },
            message: 'must match pattern "' + "^[A-Za-z0-9.+:() -]+$" + '"',
          };
          if (vErrors === null) {
            vErrors = [err31];
          } else {
            vErrors.push(err31);
          }
          errors++;
        }
      } else {
        const err32 = {
          instancePath: instancePath + "/license",
          schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/spdxLicense/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
    }
    if (data.provenance !== undefined) {
      if (
        !validate105(data.provenance, {
          instancePath: instancePath + "/provenance",
          parentData: data,
          parentDataProperty: "provenance",
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate105.errors : vErrors.concat(validate105.errors);
        errors = vErrors.length;
      }
    }
    if (data.likertScales !== undefined) {
      let data14 = data.likertScales;
      if (Array.isArray(data14)) {
        const len1 = data14.length;
        for (let i2 = 0; i2 < len1; i2++) {
          if (
            !validate109(data14[i2], {
              instancePath: instancePath + "/likertScales/" + i2,
              parentData: data14,
              parentDataProperty: i2,
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate109.errors : vErrors.concat(validate109.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err33 = {
          instancePath: instancePath + "/likertScales",
          schemaPath: "#/properties/likertScales/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array",
        };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
    }
    if (data.sections !== undefined) {
      let data16 = data.sections;
      if (Array.isArray(data16)) {
        if (data16.length < 1) {
          const err34 = {
            instancePath: instancePath + "/sections",
            schemaPath: "#/properties/sections/minItems",
            keyword: "minItems",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 items",
          };
          if (vErrors === null) {
            vErrors = [err34];
          } else {
            vErrors.push(err34);
          }
          errors++;
        }
        const len2 = data16.length;
        for (let i3 = 0; i3 < len2; i3++) {
          if (
            !validate112(data16[i3], {
              instancePath: instancePath + "/sections/" + i3,
              parentData: data16,
              parentDataProperty: i3,
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate112.errors : vErrors.concat(validate112.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err35 = {
          instancePath: instancePath + "/sections",
          schemaPath: "#/properties/sections/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array",
        };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      }
    }
    if (data.scoring !== undefined) {
      if (
        !validate147(data.scoring, {
          instancePath: instancePath + "/scoring",
          parentData: data,
          parentDataProperty: "scoring",
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate147.errors : vErrors.concat(validate147.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err36 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
    };
    if (vErrors === null) {
      vErrors = [err36];
    } else {
      vErrors.push(err36);
    }
    errors++;
  }
  validate99.errors = vErrors;
  return errors === 0;
}
validate99.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
export const validateLocalizedText = validate24;
export const validateNeedsStudy = validate152;
const schema162 = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://w3id.org/competence-kit/schemas/needs-study/v1",
  title: "NeedsStudy",
  description:
    "One territory's needs review: desk research, interviews and focus groups (participants counted by group, never named), questionnaires with their responses, and coded findings with their evidence and validation.",
  type: "object",
  additionalProperties: false,
  required: ["id", "territory", "period", "framework", "sources", "sessions", "questionnaires", "findings"],
  properties: {
    $schema: { type: "string" },
    id: { $ref: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/uri" },
    synthetic: { description: "True for demonstration data that describes no real persons.", type: "boolean" },
    territory: {
      type: "object",
      additionalProperties: false,
      required: ["id", "name", "country"],
      properties: {
        id: { $ref: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id" },
        name: { $ref: "https://w3id.org/competence-kit/schemas/localized-text/v1" },
        country: { description: "ISO 3166-1 alpha-2 code.", type: "string", pattern: "^[A-Z]{2}$" },
      },
    },
    period: {
      type: "object",
      additionalProperties: false,
      required: ["start", "end"],
      properties: {
        start: { $ref: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/date" },
        end: { $ref: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/date" },
      },
    },
    team: {
      description: "The review team, by role and organisation.",
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["role", "organisation"],
        properties: {
          role: { type: "string", minLength: 1, maxLength: 200 },
          organisation: { type: "string", minLength: 1, maxLength: 200 },
        },
      },
    },
    framework: { $ref: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/frameworkReference" },
    sources: { type: "array", items: { $ref: "#/$defs/source" } },
    sessions: { type: "array", items: { $ref: "#/$defs/session" } },
    questionnaires: { type: "array", items: { $ref: "#/$defs/questionnaire" } },
    findings: { type: "array", items: { $ref: "#/$defs/finding" } },
  },
  $defs: {
    source: {
      title: "DeskSource",
      description: "A document read in desk research.",
      type: "object",
      additionalProperties: false,
      required: ["id", "title", "kind", "summary"],
      properties: {
        id: { $ref: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id" },
        title: { type: "string", minLength: 1, maxLength: 500 },
        kind: {
          type: "string",
          enum: ["strategy", "policy", "legal", "statistics", "report", "evaluation", "web", "other"],
        },
        publisher: { type: "string", minLength: 1, maxLength: 300 },
        date: { $ref: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/date" },
        uri: { $ref: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/uri" },
        summary: {
          description: "What it says that matters for the review.",
          $ref: "https://w3id.org/competence-kit/schemas/localized-text/v1",
        },
      },
    },
    participants: {
      title: "ParticipantCount",
      description: "How many of one group took part.",
      type: "object",
      additionalProperties: false,
      required: ["group", "count"],
      properties: {
        group: { $ref: "https://w3id.org/competence-kit/schemas/guide/v1#/$defs/participantGroup" },
        count: { type: "integer", minimum: 1, maximum: 1000 },
      },
    },
    session: {
      title: "Session",
      description: "An interview or a focus group. Participants are counted by group, never named.",
      type: "object",
      additionalProperties: false,
      required: ["id", "kind", "date", "language", "facilitator", "participants", "consent", "summary"],
      properties: {
        id: { $ref: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id" },
        kind: { type: "string", enum: ["interview", "focus-group"] },
        purpose: {
          description: "Focus groups explore or validate the findings.",
          type: "string",
          enum: ["exploration", "validation"],
        },
        date: { $ref: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/date" },
        language: { $ref: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/locale" },
        interpreted: { type: "boolean" },
        facilitator: {
          description: "The facilitator's role, not their name.",
          type: "string",
          minLength: 1,
          maxLength: 200,
        },
        participants: { type: "array", minItems: 1, items: { $ref: "#/$defs/participants" } },
        consent: {
          type: "object",
          additionalProperties: false,
          required: ["recorded"],
          properties: {
            recorded: { description: "Informed consent of every participant was recorded.", type: "boolean" },
            method: { type: "string", enum: ["written", "oral-recorded", "oral-witnessed", "online-form"] },
            date: { $ref: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/date" },
          },
        },
        summary: { $ref: "https://w3id.org/competence-kit/schemas/localized-text/v1" },
      },
    },
    questionnaire: {
      title: "StudyQuestionnaire",
      description: "A questionnaire of the review: the instrument answered and its responses.",
      type: "object",
      additionalProperties: false,
      required: ["id", "instrument", "group", "responses"],
      properties: {
        id: { $ref: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id" },
        instrument: {
          type: "object",
          additionalProperties: false,
          required: ["id", "version"],
          properties: {
            id: { $ref: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/uri" },
            version: { $ref: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/semver" },
          },
        },
        group: { $ref: "https://w3id.org/competence-kit/schemas/guide/v1#/$defs/participantGroup" },
        invited: { description: "How many were invited, for the response rate.", type: "integer", minimum: 0 },
        responses: { type: "array", items: { $ref: "https://w3id.org/competence-kit/schemas/response/v1" } },
      },
    },
    evidence: {
      title: "Evidence",
      description:
        "Where a finding comes from: a session, a desk-research source, or a questionnaire (optionally one of its items), and how many participants raised it.",
      type: "object",
      additionalProperties: false,
      properties: {
        session: { $ref: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id" },
        source: { $ref: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id" },
        questionnaire: { $ref: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id" },
        item: { $ref: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id" },
        participants: { description: "How many participants raised it in that session.", type: "integer", minimum: 1 },
        groups: {
          type: "array",
          uniqueItems: true,
          items: { $ref: "https://w3id.org/competence-kit/schemas/guide/v1#/$defs/participantGroup" },
        },
      },
      oneOf: [{ required: ["session"] }, { required: ["source"] }, { required: ["questionnaire"] }],
    },
    finding: {
      title: "Finding",
      description:
        "A coded finding: a statement, its kind, its VOPI level, the competences it concerns, its evidence and the focus group's validation.",
      type: "object",
      additionalProperties: false,
      required: ["id", "statement", "kind", "level", "competences", "evidence"],
      properties: {
        id: { $ref: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id" },
        statement: { $ref: "https://w3id.org/competence-kit/schemas/localized-text/v1" },
        kind: { type: "string", enum: ["strength", "weakness", "opportunity", "threat", "need"] },
        level: { $ref: "https://w3id.org/competence-kit/schemas/guide/v1#/$defs/vopiLevel" },
        competences: {
          type: "array",
          uniqueItems: true,
          items: { $ref: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id" },
        },
        evidence: { type: "array", minItems: 1, items: { $ref: "#/$defs/evidence" } },
        validation: {
          type: "object",
          additionalProperties: false,
          required: ["session", "outcome"],
          properties: {
            session: {
              description: "The validating focus group.",
              $ref: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id",
            },
            outcome: { type: "string", enum: ["confirmed", "amended", "rejected"] },
            note: { $ref: "https://w3id.org/competence-kit/schemas/localized-text/v1" },
          },
        },
      },
    },
  },
};
const pattern93 = new RegExp("^[A-Z]{2}$", "u");
function validate154(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate154.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === undefined) {
      const err0 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "id" },
        message: "must have required property '" + "id" + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.version === undefined) {
      const err1 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "version" },
        message: "must have required property '" + "version" + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "id" || key0 === "version")) {
        const err2 = {
          instancePath,
          schemaPath: "#/additionalProperties",
          keyword: "additionalProperties",
          params: { additionalProperty: key0 },
          message: "must NOT have additional properties",
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.id !== undefined) {
      let data0 = data.id;
      if (typeof data0 === "string") {
        if (func2(data0) > 2048) {
          const err3 = {
            instancePath: instancePath + "/id",
            schemaPath: "#/$defs/uri/maxLength",
            keyword: "maxLength",
            params: { limit: 2048 },
            message: "must NOT have more than 2048 characters",
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (!pattern4.test(data0)) {
          const err4 = {
            instancePath: instancePath + "/id",
            schemaPath: "#/$defs/uri/pattern",
            keyword: "pattern",
            params: { pattern: "^[A-Za-z][A-Za-z0-9+.-]*:[^\\s]+$" },
            message: 'must match pattern "' + "^[A-Za-z][A-Za-z0-9+.-]*:[^\\s]+$" + '"',
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = {
          instancePath: instancePath + "/id",
          schemaPath: "#/$defs/uri/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.version !== undefined) {
      let data1 = data.version;
      if (typeof data1 === "string") {
        if (func2(data1) > 256) {
          const err6 = {
            instancePath: instancePath + "/version",
            schemaPath: "#/$defs/semverRange/maxLength",
            keyword: "maxLength",
            params: { limit: 256 },
            message: "must NOT have more than 256 characters",
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (func2(data1) < 1) {
          const err7 = {
            instancePath: instancePath + "/version",
            schemaPath: "#/$defs/semverRange/minLength",
            keyword: "minLength",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 characters",
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = {
          instancePath: instancePath + "/version",
          schemaPath: "#/$defs/semverRange/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
  } else {
    const err9 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
    };
    if (vErrors === null) {
      vErrors = [err9];
    } else {
      vErrors.push(err9);
    }
    errors++;
  }
  validate154.errors = vErrors;
  return errors === 0;
}
validate154.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
const schema170 = {
  title: "DeskSource",
  description: "A document read in desk research.",
  type: "object",
  additionalProperties: false,
  required: ["id", "title", "kind", "summary"],
  properties: {
    id: { $ref: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id" },
    title: { type: "string", minLength: 1, maxLength: 500 },
    kind: {
      type: "string",
      enum: ["strategy", "policy", "legal", "statistics", "report", "evaluation", "web", "other"],
    },
    publisher: { type: "string", minLength: 1, maxLength: 300 },
    date: { $ref: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/date" },
    uri: { $ref: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/uri" },
    summary: {
      description: "What it says that matters for the review.",
      $ref: "https://w3id.org/competence-kit/schemas/localized-text/v1",
    },
  },
};
function validate156(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate156.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === undefined) {
      const err0 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "id" },
        message: "must have required property '" + "id" + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.title === undefined) {
      const err1 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "title" },
        message: "must have required property '" + "title" + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.kind === undefined) {
      const err2 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "kind" },
        message: "must have required property '" + "kind" + "'",
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.summary === undefined) {
      const err3 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "summary" },
        message: "must have required property '" + "summary" + "'",
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(
        key0 === "id" ||
        key0 === "title" ||
        key0 === "kind" ||
        key0 === "publisher" ||
        key0 === "date" ||
        key0 === "uri" ||
        key0 === "summary"
      )) {
        const err4 = {
          instancePath,
          schemaPath: "#/additionalProperties",
          keyword: "additionalProperties",
          params: { additionalProperty: key0 },
          message: "must NOT have additional properties",
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.id !== undefined) {
      let data0 = data.id;
      if (typeof data0 === "string") {
        if (func2(data0) > 100) {
          const err5 = {
            instancePath: instancePath + "/id",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/maxLength",
            keyword: "maxLength",
            params: { limit: 100 },
            message: "must NOT have more than 100 characters",
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        if (func2(data0) < 1) {
          const err6 = {
            instancePath: instancePath + "/id",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/minLength",
            keyword: "minLength",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 characters",
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (!pattern20.test(data0)) {
          const err7 = {
            instancePath: instancePath + "/id",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/pattern",
            keyword: "pattern",
            params: { pattern: "^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$" },
            message: 'must match pattern "' + "^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$" + '"',
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = {
          instancePath: instancePath + "/id",
          schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.title !== undefined) {
      let data1 = data.title;
      if (typeof data1 === "string") {
        if (func2(data1) > 500) {
          const err9 = {
            instancePath: instancePath + "/title",
            schemaPath: "#/properties/title/maxLength",
            keyword: "maxLength",
            params: { limit: 500 },
            message: "must NOT have more than 500 characters",
          };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        if (func2(data1) < 1) {
          const err10 = {
            instancePath: instancePath + "/title",
            schemaPath: "#/properties/title/minLength",
            keyword: "minLength",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 characters",
          };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = {
          instancePath: instancePath + "/title",
          schemaPath: "#/properties/title/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.kind !== undefined) {
      let data2 = data.kind;
      if (typeof data2 !== "string") {
        const err12 = {
          instancePath: instancePath + "/kind",
          schemaPath: "#/properties/kind/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
      if (!(
        data2 === "strategy" ||
        data2 === "policy" ||
        data2 === "legal" ||
        data2 === "statistics" ||
        data2 === "report" ||
        data2 === "evaluation" ||
        data2 === "web" ||
        data2 === "other"
      )) {
        const err13 = {
          instancePath: instancePath + "/kind",
          schemaPath: "#/properties/kind/enum",
          keyword: "enum",
          params: { allowedValues: schema170.properties.kind.enum },
          message: "must be equal to one of the allowed values",
        };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.publisher !== undefined) {
      let data3 = data.publisher;
      if (typeof data3 === "string") {
        if (func2(data3) > 300) {
          const err14 = {
            instancePath: instancePath + "/publisher",
            schemaPath: "#/properties/publisher/maxLength",
            keyword: "maxLength",
            params: { limit: 300 },
            message: "must NOT have more than 300 characters",
          };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
        if (func2(data3) < 1) {
          const err15 = {
            instancePath: instancePath + "/publisher",
            schemaPath: "#/properties/publisher/minLength",
            keyword: "minLength",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 characters",
          };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      } else {
        const err16 = {
          instancePath: instancePath + "/publisher",
          schemaPath: "#/properties/publisher/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.date !== undefined) {
      let data4 = data.date;
      if (typeof data4 === "string") {
        if (!pattern16.test(data4)) {
          const err17 = {
            instancePath: instancePath + "/date",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/date/pattern",
            keyword: "pattern",
            params: { pattern: "^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])$" },
            message: 'must match pattern "' + "^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])$" + '"',
          };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      } else {
        const err18 = {
          instancePath: instancePath + "/date",
          schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/date/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.uri !== undefined) {
      let data5 = data.uri;
      if (typeof data5 === "string") {
        if (func2(data5) > 2048) {
          const err19 = {
            instancePath: instancePath + "/uri",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/uri/maxLength",
            keyword: "maxLength",
            params: { limit: 2048 },
            message: "must NOT have more than 2048 characters",
          };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
        if (!pattern4.test(data5)) {
          const err20 = {
            instancePath: instancePath + "/uri",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/uri/pattern",
            keyword: "pattern",
            params: { pattern: "^[A-Za-z][A-Za-z0-9+.-]*:[^\\s]+$" },
            message: 'must match pattern "' + "^[A-Za-z][A-Za-z0-9+.-]*:[^\\s]+$" + '"',
          };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
      } else {
        const err21 = {
          instancePath: instancePath + "/uri",
          schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/uri/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.summary !== undefined) {
      if (
        !validate24(data.summary, {
          instancePath: instancePath + "/summary",
          parentData: data,
          parentDataProperty: "summary",
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err22 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
    };
    if (vErrors === null) {
      vErrors = [err22];
    } else {
      vErrors.push(err22);
    }
    errors++;
  }
  validate156.errors = vErrors;
  return errors === 0;
}
validate156.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
const schema174 = {
  title: "Session",
  description: "An interview or a focus group. Participants are counted by group, never named.",
  type: "object",
  additionalProperties: false,
  required: ["id", "kind", "date", "language", "facilitator", "participants", "consent", "summary"],
  properties: {
    id: { $ref: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id" },
    kind: { type: "string", enum: ["interview", "focus-group"] },
    purpose: {
      description: "Focus groups explore or validate the findings.",
      type: "string",
      enum: ["exploration", "validation"],
    },
    date: { $ref: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/date" },
    language: { $ref: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/locale" },
    interpreted: { type: "boolean" },
    facilitator: {
      description: "The facilitator's role, not their name.",
      type: "string",
      minLength: 1,
      maxLength: 200,
    },
    participants: { type: "array", minItems: 1, items: { $ref: "#/$defs/participants" } },
    consent: {
      type: "object",
      additionalProperties: false,
      required: ["recorded"],
      properties: {
        recorded: { description: "Informed consent of every participant was recorded.", type: "boolean" },
        method: { type: "string", enum: ["written", "oral-recorded", "oral-witnessed", "online-form"] },
        date: { $ref: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/date" },
      },
    },
    summary: { $ref: "https://w3id.org/competence-kit/schemas/localized-text/v1" },
  },
};
const schema178 = {
  title: "ParticipantCount",
  description: "How many of one group took part.",
  type: "object",
  additionalProperties: false,
  required: ["group", "count"],
  properties: {
    group: { $ref: "https://w3id.org/competence-kit/schemas/guide/v1#/$defs/participantGroup" },
    count: { type: "integer", minimum: 1, maximum: 1000 },
  },
};
function validate160(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate160.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.group === undefined) {
      const err0 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "group" },
        message: "must have required property '" + "group" + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.count === undefined) {
      const err1 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "count" },
        message: "must have required property '" + "count" + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "group" || key0 === "count")) {
        const err2 = {
          instancePath,
          schemaPath: "#/additionalProperties",
          keyword: "additionalProperties",
          params: { additionalProperty: key0 },
          message: "must NOT have additional properties",
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.group !== undefined) {
      let data0 = data.group;
      if (typeof data0 !== "string") {
        const err3 = {
          instancePath: instancePath + "/group",
          schemaPath: "https://w3id.org/competence-kit/schemas/guide/v1#/$defs/participantGroup/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (!(
        data0 === "staff" ||
        data0 === "third-country-nationals" ||
        data0 === "ngos" ||
        data0 === "migrant-organisations" ||
        data0 === "stakeholders"
      )) {
        const err4 = {
          instancePath: instancePath + "/group",
          schemaPath: "https://w3id.org/competence-kit/schemas/guide/v1#/$defs/participantGroup/enum",
          keyword: "enum",
          params: { allowedValues: schema119.enum },
          message: "must be equal to one of the allowed values",
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.count !== undefined) {
      let data1 = data.count;
      if (!(typeof data1 == "number" && !(data1 % 1) && !isNaN(data1) && isFinite(data1))) {
        const err5 = {
          instancePath: instancePath + "/count",
          schemaPath: "#/properties/count/type",
          keyword: "type",
          params: { type: "integer" },
          message: "must be integer",
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if (typeof data1 == "number" && isFinite(data1)) {
        if (data1 > 1000 || isNaN(data1)) {
          const err6 = {
            instancePath: instancePath + "/count",
            schemaPath: "#/properties/count/maximum",
            keyword: "maximum",
            params: { comparison: "<=", limit: 1000 },
            message: "must be <= 1000",
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (data1 < 1 || isNaN(data1)) {
          const err7 = {
            instancePath: instancePath + "/count",
            schemaPath: "#/properties/count/minimum",
            keyword: "minimum",
            params: { comparison: ">=", limit: 1 },
            message: "must be >= 1",
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      }
    }
  } else {
    const err8 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
    };
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
  }
  validate160.errors = vErrors;
  return errors === 0;
}
validate160.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
function validate159(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate159.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === undefined) {
      const err0 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "id" },
        message: "must have required property '" + "id" + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.kind === undefined) {
      const err1 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "kind" },
        message: "must have required property '" + "kind" + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.date === undefined) {
      const err2 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "date" },
        message: "must have required property '" + "date" + "'",
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.language === undefined) {
      const err3 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "language" },
        message: "must have required property '" + "language" + "'",
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.facilitator === undefined) {
      const err4 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "facilitator" },
        message: "must have required property '" + "facilitator" + "'",
      };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.participants === undefined) {
      const err5 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "participants" },
        message: "must have required property '" + "participants" + "'",
      };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.consent === undefined) {
      const err6 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "consent" },
        message: "must have required property '" + "consent" + "'",
      };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.summary === undefined) {
      const err7 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "summary" },
        message: "must have required property '" + "summary" + "'",
      };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func1.call(schema174.properties, key0)) {
        const err8 = {
          instancePath,
          schemaPath: "#/additionalProperties",
          keyword: "additionalProperties",
          params: { additionalProperty: key0 },
          message: "must NOT have additional properties",
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.id !== undefined) {
      let data0 = data.id;
      if (typeof data0 === "string") {
        if (func2(data0) > 100) {
          const err9 = {
            instancePath: instancePath + "/id",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/maxLength",
            keyword: "maxLength",
            params: { limit: 100 },
            message: "must NOT have more than 100 characters",
          };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        if (func2(data0) < 1) {
          const err10 = {
            instancePath: instancePath + "/id",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/minLength",
            keyword: "minLength",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 characters",
          };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        if (!pattern20.test(data0)) {
          const err11 = {
            instancePath: instancePath + "/id",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/pattern",
            keyword: "pattern",
            params: { pattern: "^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$" },
            message: 'must match pattern "' + "^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$" + '"',
          };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      } else {
        const err12 = {
          instancePath: instancePath + "/id",
          schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.kind !== undefined) {
      let data1 = data.kind;
      if (typeof data1 !== "string") {
        const err13 = {
          instancePath: instancePath + "/kind",
          schemaPath: "#/properties/kind/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
      if (!(data1 === "interview" || data1 === "focus-group")) {
        const err14 = {
          instancePath: instancePath + "/kind",
          schemaPath: "#/properties/kind/enum",
          keyword: "enum",
          params: { allowedValues: schema174.properties.kind.enum },
          message: "must be equal to one of the allowed values",
        };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.purpose !== undefined) {
      let data2 = data.purpose;
      if (typeof data2 !== "string") {
        const err15 = {
          instancePath: instancePath + "/purpose",
          schemaPath: "#/properties/purpose/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
      if (!(data2 === "exploration" || data2 === "validation")) {
        const err16 = {
          instancePath: instancePath + "/purpose",
          schemaPath: "#/properties/purpose/enum",
          keyword: "enum",
          params: { allowedValues: schema174.properties.purpose.enum },
          message: "must be equal to one of the allowed values",
        };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.date !== undefined) {
      let data3 = data.date;
      if (typeof data3 === "string") {
        if (!pattern16.test(data3)) {
          const err17 = {
            instancePath: instancePath + "/date",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/date/pattern",
            keyword: "pattern",
            params: { pattern: "^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])$" },
            message: 'must match pattern "' + "^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])$" + '"',
          };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      } else {
        const err18 = {
          instancePath: instancePath + "/date",
          schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/date/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.language !== undefined) {
      let data4 = data.language;
      if (typeof data4 === "string") {
        if (func2(data4) > 35) {
          const err19 = {
            instancePath: instancePath + "/language",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/locale/maxLength",
            keyword: "maxLength",
            params: { limit: 35 },
            message: "must NOT have more than 35 characters",
          };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
        if (!pattern7.test(data4)) {
          const err20 = {
            instancePath: instancePath + "/language",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/locale/pattern",
            keyword: "pattern",
            params: {
              pattern:
                "^[A-Za-z]{2,3}(?:-[A-Za-z]{4})?(?:-(?:[A-Za-z]{2}|[0-9]{3}))?(?:-(?:[A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*$",
            },
            message:
              'must match pattern "' +
              "^[A-Za-z]{2,3}(?:-[A-Za-z]{4})?(?:-(?:[A-Za-z]{2}|[0-9]{3}))?(?:-(?:[A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*$" +
              '"',
          };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
      } else {
        const err21 = {
          instancePath: instancePath + "/language",
          schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/locale/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.interpreted !== undefined) {
      if (typeof data.interpreted !== "boolean") {
        const err22 = {
          instancePath: instancePath + "/interpreted",
          schemaPath: "#/properties/interpreted/type",
          keyword: "type",
          params: { type: "boolean" },
          message: "must be boolean",
        };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.facilitator !== undefined) {
      let data6 = data.facilitator;
      if (typeof data6 === "string") {
        if (func2(data6) > 200) {
          const err23 = {
            instancePath: instancePath + "/facilitator",
            schemaPath: "#/properties/facilitator/maxLength",
            keyword: "maxLength",
            params: { limit: 200 },
            message: "must NOT have more than 200 characters",
          };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
        if (func2(data6) < 1) {
          const err24 = {
            instancePath: instancePath + "/facilitator",
            schemaPath: "#/properties/facilitator/minLength",
            keyword: "minLength",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 characters",
          };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
      } else {
        const err25 = {
          instancePath: instancePath + "/facilitator",
          schemaPath: "#/properties/facilitator/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
    if (data.participants !== undefined) {
      let data7 = data.participants;
      if (Array.isArray(data7)) {
        if (data7.length < 1) {
          const err26 = {
            instancePath: instancePath + "/participants",
            schemaPath: "#/properties/participants/minItems",
            keyword: "minItems",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 items",
          };
          if (vErrors === null) {
            vErrors = [err26];
          } else {
            vErrors.push(err26);
          }
          errors++;
        }
        const len0 = data7.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (
            !validate160(data7[i0], {
              instancePath: instancePath + "/participants/" + i0,
              parentData: data7,
              parentDataProperty: i0,
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate160.errors : vErrors.concat(validate160.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err27 = {
          instancePath: instancePath + "/participants",
          schemaPath: "#/properties/participants/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array",
        };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
    }
    if (data.consent !== undefined) {
      let data9 = data.consent;
      if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
        if (data9.recorded === undefined) {
          const err28 = {
            instancePath: instancePath + "/consent",
            schemaPath: "#/properties/consent/required",
            keyword: "required",
            params: { missingProperty: "recorded" },
            message: "must have required property '" + "recorded" + "'",
          };
          if (vErrors === null) {
            vErrors = [err28];
          } else {
            vErrors.push(err28);
          }
          errors++;
        }
        for (const key1 in data9) {
          if (!(key1 === "recorded" || key1 === "method" || key1 === "date")) {
            const err29 = {
              instancePath: instancePath + "/consent",
              schemaPath: "#/properties/consent/additionalProperties",
              keyword: "additionalProperties",
              params: { additionalProperty: key1 },
              message: "must NOT have additional properties",
            };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
        }
        if (data9.recorded !== undefined) {
          if (typeof data9.recorded !== "boolean") {
            const err30 = {
              instancePath: instancePath + "/consent/recorded",
              schemaPath: "#/properties/consent/properties/recorded/type",
              keyword: "type",
              params: { type: "boolean" },
              message: "must be boolean",
            };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
        }
        if (data9.method !== undefined) {
          let data11 = data9.method;
          if (typeof data11 !== "string") {
            const err31 = {
              instancePath: instancePath + "/consent/method",
              schemaPath: "#/properties/consent/properties/method/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
            };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
          if (!(
            data11 === "written" ||
            data11 === "oral-recorded" ||
            data11 === "oral-witnessed" ||
            data11 === "online-form"
          )) {
            const err32 = {
              instancePath: instancePath + "/consent/method",
              schemaPath: "#/properties/consent/properties/method/enum",
              keyword: "enum",
              params: { allowedValues: schema174.properties.consent.properties.method.enum },
              message: "must be equal to one of the allowed values",
            };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
        }
        if (data9.date !== undefined) {
          let data12 = data9.date;
          if (typeof data12 === "string") {
            if (!pattern16.test(data12)) {
              const err33 = {
                instancePath: instancePath + "/consent/date",
                schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/date/pattern",
                keyword: "pattern",
                params: { pattern: "^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])$" },
                message: 'must match pattern "' + "^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])$" + '"',
              };
              if (vErrors === null) {
                vErrors = [err33];
              } else {
                vErrors.push(err33);
              }
              errors++;
            }
          } else {
            const err34 = {
              instancePath: instancePath + "/consent/date",
              schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/date/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
            };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
        }
      } else {
        const err35 = {
          instancePath: instancePath + "/consent",
          schemaPath: "#/properties/consent/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object",
        };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      }
    }
    if (data.summary !== undefined) {
      if (
        !validate24(data.summary, {
          instancePath: instancePath + "/summary",
          parentData: data,
          parentDataProperty: "summary",
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err36 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
    };
    if (vErrors === null) {
      vErrors = [err36];
    } else {
      vErrors.push(err36);
    }
    errors++;
  }
  validate159.errors = vErrors;
  return errors === 0;
}
validate159.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
const schema181 = {
  title: "StudyQuestionnaire",
  description: "A questionnaire of the review: the instrument answered and its responses.",
  type: "object",
  additionalProperties: false,
  required: ["id", "instrument", "group", "responses"],
  properties: {
    id: { $ref: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id" },
    instrument: {
      type: "object",
      additionalProperties: false,
      required: ["id", "version"],
      properties: {
        id: { $ref: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/uri" },
        version: { $ref: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/semver" },
      },
    },
    group: { $ref: "https://w3id.org/competence-kit/schemas/guide/v1#/$defs/participantGroup" },
    invited: { description: "How many were invited, for the response rate.", type: "integer", minimum: 0 },
    responses: { type: "array", items: { $ref: "https://w3id.org/competence-kit/schemas/response/v1" } },
  },
};
const schema186 = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://w3id.org/competence-kit/schemas/response/v1",
  title: "Response",
  description:
    "The answers of one pseudonymous respondent to one version of an instrument. Every item appears once: answered, or explicitly skipped.",
  type: "object",
  additionalProperties: false,
  required: ["instrument", "respondent", "phase", "submittedAt", "answers"],
  properties: {
    $schema: { type: "string" },
    id: {
      description: "An identifier of this response, unique within its collection.",
      type: "string",
      minLength: 1,
      maxLength: 100,
    },
    instrument: {
      description: "The instrument answered: its id and exact version.",
      type: "object",
      additionalProperties: false,
      required: ["id", "version"],
      properties: {
        id: { $ref: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/uri" },
        version: { $ref: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/semver" },
      },
    },
    respondent: { $ref: "#/$defs/pseudonym" },
    roleProfile: {
      description: "The id of the respondent's role profile in the framework.",
      $ref: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id",
    },
    unit: {
      description: "The organisational unit, as the city names it.",
      type: "string",
      minLength: 1,
      maxLength: 200,
    },
    territory: {
      description: "The territory, for example landkreis-offenbach.",
      $ref: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id",
    },
    group: {
      description:
        "The participant group, for needs-analysis questionnaires (staff, third-country nationals, stakeholders).",
      $ref: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id",
    },
    phase: { $ref: "#/$defs/phase" },
    locale: {
      description: "The language the respondent answered in.",
      $ref: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/locale",
    },
    startedAt: { $ref: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/dateTime" },
    submittedAt: { $ref: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/dateTime" },
    answers: { type: "array", items: { $ref: "#/$defs/answer" } },
  },
  $defs: {
    pseudonym: {
      title: "Pseudonym",
      description:
        "A pseudonymous respondent id: letters, digits, dot, underscore and hyphen. Never a name or an e-mail address.",
      type: "string",
      pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$",
    },
    phase: {
      title: "Phase",
      description: "When the instrument was answered relative to training.",
      type: "string",
      enum: ["baseline", "post", "follow-up"],
    },
    answer: {
      title: "Answer",
      description:
        "An item's answer: a value, or skipped. Likert: an integer on the item's scale. Single choice and situational judgement: an option id. Multiple choice: option ids. Ranking: every option id, best first. Free text: a string.",
      type: "object",
      additionalProperties: false,
      required: ["item"],
      properties: {
        item: { $ref: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id" },
        value: {
          anyOf: [
            { type: "integer" },
            { type: "string", maxLength: 20000 },
            { type: "array", maxItems: 50, items: { type: "string", maxLength: 100 } },
          ],
        },
        skipped: { const: true },
        reason: {
          description: "Why it was skipped.",
          type: "string",
          enum: ["declined", "not-applicable", "not-shown", "missing"],
        },
      },
      if: { required: ["skipped"] },
      then: { not: { required: ["value"] } },
      else: { required: ["value"] },
    },
  },
};
const schema189 = {
  title: "Pseudonym",
  description:
    "A pseudonymous respondent id: letters, digits, dot, underscore and hyphen. Never a name or an e-mail address.",
  type: "string",
  pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$",
};
const schema193 = {
  title: "Phase",
  description: "When the instrument was answered relative to training.",
  type: "string",
  enum: ["baseline", "post", "follow-up"],
};
const schema195 = {
  title: "IsoDateTime",
  description: "A date and time with an explicit offset, RFC 3339 (`2026-03-01T09:30:00Z`).",
  type: "string",
  format: "date-time",
  pattern:
    "^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])T(?:[01]\\d|2[0-3]):[0-5]\\d:(?:[0-5]\\d|60)(?:\\.\\d+)?(?:Z|[+-](?:[01]\\d|2[0-3]):[0-5]\\d)$",
};
const pattern109 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$", "u");
const pattern114 = new RegExp(
  "^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])T(?:[01]\\d|2[0-3]):[0-5]\\d:(?:[0-5]\\d|60)(?:\\.\\d+)?(?:Z|[+-](?:[01]\\d|2[0-3]):[0-5]\\d)$",
  "u",
);
const schema197 = {
  title: "Answer",
  description:
    "An item's answer: a value, or skipped. Likert: an integer on the item's scale. Single choice and situational judgement: an option id. Multiple choice: option ids. Ranking: every option id, best first. Free text: a string.",
  type: "object",
  additionalProperties: false,
  required: ["item"],
  properties: {
    item: { $ref: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id" },
    value: {
      anyOf: [
        { type: "integer" },
        { type: "string", maxLength: 20000 },
        { type: "array", maxItems: 50, items: { type: "string", maxLength: 100 } },
      ],
    },
    skipped: { const: true },
    reason: {
      description: "Why it was skipped.",
      type: "string",
      enum: ["declined", "not-applicable", "not-shown", "missing"],
    },
  },
  if: { required: ["skipped"] },
  then: { not: { required: ["value"] } },
  else: { required: ["value"] },
};
function validate166(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate166.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  const _errs1 = errors;
  let valid0 = true;
  const _errs2 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if (data.skipped === undefined && (missing0 = "skipped")) {
      const err0 = {};
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  }
  var _valid0 = _errs2 === errors;
  errors = _errs1;
  if (vErrors !== null) {
    if (_errs1) {
      vErrors.length = _errs1;
    } else {
      vErrors = null;
    }
  }
  let ifClause0;
  if (_valid0) {
    const _errs3 = errors;
    const _errs4 = errors;
    const _errs5 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing1;
      if (data.value === undefined && (missing1 = "value")) {
        const err1 = {};
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    var valid1 = _errs5 === errors;
    if (valid1) {
      const err2 = { instancePath, schemaPath: "#/then/not", keyword: "not", params: {}, message: "must NOT be valid" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    } else {
      errors = _errs4;
      if (vErrors !== null) {
        if (_errs4) {
          vErrors.length = _errs4;
        } else {
          vErrors = null;
        }
      }
    }
    var _valid0 = _errs3 === errors;
    valid0 = _valid0;
    ifClause0 = "then";
  } else {
    const _errs6 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.value === undefined) {
        const err3 = {
          instancePath,
          schemaPath: "#/else/required",
          keyword: "required",
          params: { missingProperty: "value" },
          message: "must have required property '" + "value" + "'",
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    var _valid0 = _errs6 === errors;
    valid0 = _valid0;
    ifClause0 = "else";
  }
  if (!valid0) {
    const err4 = {
      instancePath,
      schemaPath: "#/if",
      keyword: "if",
      params: { failingKeyword: ifClause0 },
      message: 'must match "' + ifClause0 + '" schema',
    };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.item === undefined) {
      const err5 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "item" },
        message: "must have required property '" + "item" + "'",
      };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "item" || key0 === "value" || key0 === "skipped" || key0 === "reason")) {
        const err6 = {
          instancePath,
          schemaPath: "#/additionalProperties",
          keyword: "additionalProperties",
          params: { additionalProperty: key0 },
          message: "must NOT have additional properties",
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.item !== undefined) {
      let data0 = data.item;
      if (typeof data0 === "string") {
        if (func2(data0) > 100) {
          const err7 = {
            instancePath: instancePath + "/item",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/maxLength",
            keyword: "maxLength",
            params: { limit: 100 },
            message: "must NOT have more than 100 characters",
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (func2(data0) < 1) {
          const err8 = {
            instancePath: instancePath + "/item",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/minLength",
            keyword: "minLength",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 characters",
          };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        if (!pattern20.test(data0)) {
          const err9 = {
            instancePath: instancePath + "/item",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/pattern",
            keyword: "pattern",
            params: { pattern: "^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$" },
            message: 'must match pattern "' + "^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$" + '"',
          };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = {
          instancePath: instancePath + "/item",
          schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.value !== undefined) {
      let data1 = data.value;
      const _errs12 = errors;
      let valid4 = false;
      const _errs13 = errors;
      if (!(typeof data1 == "number" && !(data1 % 1) && !isNaN(data1) && isFinite(data1))) {
        const err11 = {
          instancePath: instancePath + "/value",
          schemaPath: "#/properties/value/anyOf/0/type",
          keyword: "type",
          params: { type: "integer" },
          message: "must be integer",
        };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
      var _valid1 = _errs13 === errors;
      valid4 = valid4 || _valid1;
      const _errs15 = errors;
      if (typeof data1 === "string") {
        if (func2(data1) > 20000) {
          const err12 = {
            instancePath: instancePath + "/value",
            schemaPath: "#/properties/value/anyOf/1/maxLength",
            keyword: "maxLength",
            params: { limit: 20000 },
            message: "must NOT have more than 20000 characters",
          };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      } else {
        const err13 = {
          instancePath: instancePath + "/value",
          schemaPath: "#/properties/value/anyOf/1/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
      var _valid1 = _errs15 === errors;
      valid4 = valid4 || _valid1;
      const _errs17 = errors;
      if (Array.isArray(data1)) {
        if (data1.length > 50) {
          const err14 = {
            instancePath: instancePath + "/value",
            schemaPath: "#/properties/value/anyOf/2/maxItems",
            keyword: "maxItems",
            params: { limit: 50 },
            message: "must NOT have more than 50 items",
          };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data2 = data1[i0];
          if (typeof data2 === "string") {
            if (func2(data2) > 100) {
              const err15 = {
                instancePath: instancePath + "/value/" + i0,
                schemaPath: "#/properties/value/anyOf/2/items/maxLength",
                keyword: "maxLength",
                params: { limit: 100 },
                message: "must NOT have more than 100 characters",
              };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
          } else {
            const err16 = {
              instancePath: instancePath + "/value/" + i0,
              schemaPath: "#/properties/value/anyOf/2/items/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
            };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
      } else {
        const err17 = {
          instancePath: instancePath + "/value",
          schemaPath: "#/properties/value/anyOf/2/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array",
        };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
      var _valid1 = _errs17 === errors;
      valid4 = valid4 || _valid1;
      if (!valid4) {
        const err18 = {
          instancePath: instancePath + "/value",
          schemaPath: "#/properties/value/anyOf",
          keyword: "anyOf",
          params: {},
          message: "must match a schema in anyOf",
        };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      } else {
        errors = _errs12;
        if (vErrors !== null) {
          if (_errs12) {
            vErrors.length = _errs12;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.skipped !== undefined) {
      if (true !== data.skipped) {
        const err19 = {
          instancePath: instancePath + "/skipped",
          schemaPath: "#/properties/skipped/const",
          keyword: "const",
          params: { allowedValue: true },
          message: "must be equal to constant",
        };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.reason !== undefined) {
      let data4 = data.reason;
      if (typeof data4 !== "string") {
        const err20 = {
          instancePath: instancePath + "/reason",
          schemaPath: "#/properties/reason/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
      if (!(data4 === "declined" || data4 === "not-applicable" || data4 === "not-shown" || data4 === "missing")) {
        const err21 = {
          instancePath: instancePath + "/reason",
          schemaPath: "#/properties/reason/enum",
          keyword: "enum",
          params: { allowedValues: schema197.properties.reason.enum },
          message: "must be equal to one of the allowed values",
        };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
  } else {
    const err22 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
    };
    if (vErrors === null) {
      vErrors = [err22];
    } else {
      vErrors.push(err22);
    }
    errors++;
  }
  validate166.errors = vErrors;
  return errors === 0;
}
validate166.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
function validate165(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://w3id.org/competence-kit/schemas/response/v1" */ let vErrors = null;
  let errors = 0;
  const evaluated0 = validate165.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.instrument === undefined) {
      const err0 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "instrument" },
        message: "must have required property '" + "instrument" + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.respondent === undefined) {
      const err1 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "respondent" },
        message: "must have required property '" + "respondent" + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.phase === undefined) {
      const err2 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "phase" },
        message: "must have required property '" + "phase" + "'",
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.submittedAt === undefined) {
      const err3 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "submittedAt" },
        message: "must have required property '" + "submittedAt" + "'",
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.answers === undefined) {
      const err4 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "answers" },
        message: "must have required property '" + "answers" + "'",
      };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func1.call(schema186.properties, key0)) {
        const err5 = {
          instancePath,
          schemaPath: "#/additionalProperties",
          keyword: "additionalProperties",
          params: { additionalProperty: key0 },
          message: "must NOT have additional properties",
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.$schema !== undefined) {
      if (typeof data.$schema !== "string") {
        const err6 = {
          instancePath: instancePath + "/$schema",
          schemaPath: "#/properties/%24schema/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.id !== undefined) {
      let data1 = data.id;
      if (typeof data1 === "string") {
        if (func2(data1) > 100) {
          const err7 = {
            instancePath: instancePath + "/id",
            schemaPath: "#/properties/id/maxLength",
            keyword: "maxLength",
            params: { limit: 100 },
            message: "must NOT have more than 100 characters",
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (func2(data1) < 1) {
          const err8 = {
            instancePath: instancePath + "/id",
            schemaPath: "#/properties/id/minLength",
            keyword: "minLength",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 characters",
          };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = {
          instancePath: instancePath + "/id",
          schemaPath: "#/properties/id/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.instrument !== undefined) {
      let data2 = data.instrument;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        if (data2.id === undefined) {
          const err10 = {
            instancePath: instancePath + "/instrument",
            schemaPath: "#/properties/instrument/required",
            keyword: "required",
            params: { missingProperty: "id" },
            message: "must have required property '" + "id" + "'",
          };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        if (data2.version === undefined) {
          const err11 = {
            instancePath: instancePath + "/instrument",
            schemaPath: "#/properties/instrument/required",
            keyword: "required",
            params: { missingProperty: "version" },
            message: "must have required property '" + "version" + "'",
          };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        for (const key1 in data2) {
          if (!(key1 === "id" || key1 === "version")) {
            const err12 = {
              instancePath: instancePath + "/instrument",
              schemaPath: "#/properties/instrument/additionalProperties",
              keyword: "additionalProperties",
              params: { additionalProperty: key1 },
              message: "must NOT have additional properties",
            };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        if (data2.id !== undefined) {
          let data3 = data2.id;
          if (typeof data3 === "string") {
            if (func2(data3) > 2048) {
              const err13 = {
                instancePath: instancePath + "/instrument/id",
                schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/uri/maxLength",
                keyword: "maxLength",
                params: { limit: 2048 },
                message: "must NOT have more than 2048 characters",
              };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
            if (!pattern4.test(data3)) {
              const err14 = {
                instancePath: instancePath + "/instrument/id",
                schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/uri/pattern",
                keyword: "pattern",
                params: { pattern: "^[A-Za-z][A-Za-z0-9+.-]*:[^\\s]+$" },
                message: 'must match pattern "' + "^[A-Za-z][A-Za-z0-9+.-]*:[^\\s]+$" + '"',
              };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
          } else {
            const err15 = {
              instancePath: instancePath + "/instrument/id",
              schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/uri/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
            };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
        if (data2.version !== undefined) {
          let data4 = data2.version;
          if (typeof data4 === "string") {
            if (func2(data4) > 256) {
              const err16 = {
                instancePath: instancePath + "/instrument/version",
                schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/semver/maxLength",
                keyword: "maxLength",
                params: { limit: 256 },
                message: "must NOT have more than 256 characters",
              };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
            if (!pattern6.test(data4)) {
              const err17 = {
                instancePath: instancePath + "/instrument/version",
                schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/semver/pattern",
                keyword: "pattern",
                params: {
                  pattern:
                    "^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$",
                },
                message:
                  'must match pattern "' +
                  "^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$" +
                  '"',
              };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
          } else {
            const err18 = {
              instancePath: instancePath + "/instrument/version",
              schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/semver/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
            };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
      } else {
        const err19 = {
          instancePath: instancePath + "/instrument",
          schemaPath: "#/properties/instrument/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object",
        };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.respondent !== undefined) {
      let data5 = data.respondent;
      if (typeof data5 === "string") {
        if (!pattern109.test(data5)) {
          const err20 = {
            instancePath: instancePath + "/respondent",
            schemaPath: "#/$defs/pseudonym/pattern",
            keyword: "pattern",
            params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$" },
            message: 'must match pattern "' + "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$" + '"',
          };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
      } else {
        const err21 = {
          instancePath: instancePath + "/respondent",
          schemaPath: "#/$defs/pseudonym/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.roleProfile !== undefined) {
      let data6 = data.roleProfile;
      if (typeof data6 === "string") {
        if (func2(data6) > 100) {
          const err22 = {
            instancePath: instancePath + "/roleProfile",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/maxLength",
            keyword: "maxLength",
            params: { limit: 100 },
            message: "must NOT have more than 100 characters",
          };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
        if (func2(data6) < 1) {
          const err23 = {
            instancePath: instancePath + "/roleProfile",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/minLength",
            keyword: "minLength",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 characters",
          };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
        if (!pattern20.test(data6)) {
          const err24 = {
            instancePath: instancePath + "/roleProfile",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/pattern",
            keyword: "pattern",
            params: { pattern: "^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$" },
            message: 'must match pattern "' + "^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$" + '"',
          };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
      } else {
        const err25 = {
          instancePath: instancePath + "/roleProfile",
          schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
    if (data.unit !== undefined) {
      let data7 = data.unit;
      if (typeof data7 === "string") {
        if (func2(data7) > 200) {
          const err26 = {
            instancePath: instancePath + "/unit",
            schemaPath: "#/properties/unit/maxLength",
            keyword: "maxLength",
            params: { limit: 200 },
            message: "must NOT have more than 200 characters",
          };
          if (vErrors === null) {
            vErrors = [err26];
          } else {
            vErrors.push(err26);
          }
          errors++;
        }
        if (func2(data7) < 1) {
          const err27 = {
            instancePath: instancePath + "/unit",
            schemaPath: "#/properties/unit/minLength",
            keyword: "minLength",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 characters",
          };
          if (vErrors === null) {
            vErrors = [err27];
          } else {
            vErrors.push(err27);
          }
          errors++;
        }
      } else {
        const err28 = {
          instancePath: instancePath + "/unit",
          schemaPath: "#/properties/unit/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
    if (data.territory !== undefined) {
      let data8 = data.territory;
      if (typeof data8 === "string") {
        if (func2(data8) > 100) {
          const err29 = {
            instancePath: instancePath + "/territory",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/maxLength",
            keyword: "maxLength",
            params: { limit: 100 },
            message: "must NOT have more than 100 characters",
          };
          if (vErrors === null) {
            vErrors = [err29];
          } else {
            vErrors.push(err29);
          }
          errors++;
        }
        if (func2(data8) < 1) {
          const err30 = {
            instancePath: instancePath + "/territory",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/minLength",
            keyword: "minLength",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 characters",
          };
          if (vErrors === null) {
            vErrors = [err30];
          } else {
            vErrors.push(err30);
          }
          errors++;
        }
        if (!pattern20.test(data8)) {
          const err31 = {
            instancePath: instancePath + "/territory",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/pattern",
            keyword: "pattern",
            params: { pattern: "^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$" },
            message: 'must match pattern "' + "^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$" + '"',
          };
          if (vErrors === null) {
            vErrors = [err31];
          } else {
            vErrors.push(err31);
          }
          errors++;
        }
      } else {
        const err32 = {
          instancePath: instancePath + "/territory",
          schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
    }
    if (data.group !== undefined) {
      let data9 = data.group;
      if (typeof data9 === "string") {
        if (func2(data9) > 100) {
          const err33 = {
            instancePath: instancePath + "/group",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/maxLength",
            keyword: "maxLength",
            params: { limit: 100 },
            message: "must NOT have more than 100 characters",
          };
          if (vErrors === null) {
            vErrors = [err33];
          } else {
            vErrors.push(err33);
          }
          errors++;
        }
        if (func2(data9) < 1) {
          const err34 = {
            instancePath: instancePath + "/group",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/minLength",
            keyword: "minLength",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 characters",
          };
          if (vErrors === null) {
            vErrors = [err34];
          } else {
            vErrors.push(err34);
          }
          errors++;
        }
        if (!pattern20.test(data9)) {
          const err35 = {
            instancePath: instancePath + "/group",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/pattern",
            keyword: "pattern",
            params: { pattern: "^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$" },
            message: 'must match pattern "' + "^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$" + '"',
          };
          if (vErrors === null) {
            vErrors = [err35];
          } else {
            vErrors.push(err35);
          }
          errors++;
        }
      } else {
        const err36 = {
          instancePath: instancePath + "/group",
          schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err36];
        } else {
          vErrors.push(err36);
        }
        errors++;
      }
    }
    if (data.phase !== undefined) {
      let data10 = data.phase;
      if (typeof data10 !== "string") {
        const err37 = {
          instancePath: instancePath + "/phase",
          schemaPath: "#/$defs/phase/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err37];
        } else {
          vErrors.push(err37);
        }
        errors++;
      }
      if (!(data10 === "baseline" || data10 === "post" || data10 === "follow-up")) {
        const err38 = {
          instancePath: instancePath + "/phase",
          schemaPath: "#/$defs/phase/enum",
          keyword: "enum",
          params: { allowedValues: schema193.enum },
          message: "must be equal to one of the allowed values",
        };
        if (vErrors === null) {
          vErrors = [err38];
        } else {
          vErrors.push(err38);
        }
        errors++;
      }
    }
    if (data.locale !== undefined) {
      let data11 = data.locale;
      if (typeof data11 === "string") {
        if (func2(data11) > 35) {
          const err39 = {
            instancePath: instancePath + "/locale",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/locale/maxLength",
            keyword: "maxLength",
            params: { limit: 35 },
            message: "must NOT have more than 35 characters",
          };
          if (vErrors === null) {
            vErrors = [err39];
          } else {
            vErrors.push(err39);
          }
          errors++;
        }
        if (!pattern7.test(data11)) {
          const err40 = {
            instancePath: instancePath + "/locale",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/locale/pattern",
            keyword: "pattern",
            params: {
              pattern:
                "^[A-Za-z]{2,3}(?:-[A-Za-z]{4})?(?:-(?:[A-Za-z]{2}|[0-9]{3}))?(?:-(?:[A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*$",
            },
            message:
              'must match pattern "' +
              "^[A-Za-z]{2,3}(?:-[A-Za-z]{4})?(?:-(?:[A-Za-z]{2}|[0-9]{3}))?(?:-(?:[A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*$" +
              '"',
          };
          if (vErrors === null) {
            vErrors = [err40];
          } else {
            vErrors.push(err40);
          }
          errors++;
        }
      } else {
        const err41 = {
          instancePath: instancePath + "/locale",
          schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/locale/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err41];
        } else {
          vErrors.push(err41);
        }
        errors++;
      }
    }
    if (data.startedAt !== undefined) {
      let data12 = data.startedAt;
      if (typeof data12 === "string") {
        if (!pattern114.test(data12)) {
          const err42 = {
            instancePath: instancePath + "/startedAt",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/dateTime/pattern",
            keyword: "pattern",
            params: {
              pattern:
                "^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])T(?:[01]\\d|2[0-3]):[0-5]\\d:(?:[0-5]\\d|60)(?:\\.\\d+)?(?:Z|[+-](?:[01]\\d|2[0-3]):[0-5]\\d)$",
            },
            message:
              'must match pattern "' +
              "^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])T(?:[01]\\d|2[0-3]):[0-5]\\d:(?:[0-5]\\d|60)(?:\\.\\d+)?(?:Z|[+-](?:[01]\\d|2[0-3]):[0-5]\\d)$" +
              '"',
          };
          if (vErrors === null) {
            vErrors = [err42];
          } else {
            vErrors.push(err42);
          }
          errors++;
        }
      } else {
        const err43 = {
          instancePath: instancePath + "/startedAt",
          schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/dateTime/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err43];
        } else {
          vErrors.push(err43);
        }
        errors++;
      }
    }
    if (data.submittedAt !== undefined) {
      let data13 = data.submittedAt;
      if (typeof data13 === "string") {
        if (!pattern114.test(data13)) {
          const err44 = {
            instancePath: instancePath + "/submittedAt",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/dateTime/pattern",
            keyword: "pattern",
            params: {
              pattern:
                "^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])T(?:[01]\\d|2[0-3]):[0-5]\\d:(?:[0-5]\\d|60)(?:\\.\\d+)?(?:Z|[+-](?:[01]\\d|2[0-3]):[0-5]\\d)$",
            },
            message:
              'must match pattern "' +
              "^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])T(?:[01]\\d|2[0-3]):[0-5]\\d:(?:[0-5]\\d|60)(?:\\.\\d+)?(?:Z|[+-](?:[01]\\d|2[0-3]):[0-5]\\d)$" +
              '"',
          };
          if (vErrors === null) {
            vErrors = [err44];
          } else {
            vErrors.push(err44);
          }
          errors++;
        }
      } else {
        const err45 = {
          instancePath: instancePath + "/submittedAt",
          schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/dateTime/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err45];
        } else {
          vErrors.push(err45);
        }
        errors++;
      }
    }
    if (data.answers !== undefined) {
      let data14 = data.answers;
      if (Array.isArray(data14)) {
        const len0 = data14.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (
            !validate166(data14[i0], {
              instancePath: instancePath + "/answers/" + i0,
              parentData: data14,
              parentDataProperty: i0,
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate166.errors : vErrors.concat(validate166.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err46 = {
          instancePath: instancePath + "/answers",
          schemaPath: "#/properties/answers/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array",
        };
        if (vErrors === null) {
          vErrors = [err46];
        } else {
          vErrors.push(err46);
        }
        errors++;
      }
    }
  } else {
    const err47 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
    };
    if (vErrors === null) {
      vErrors = [err47];
    } else {
      vErrors.push(err47);
    }
    errors++;
  }
  validate165.errors = vErrors;
  return errors === 0;
}
validate165.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
function validate164(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate164.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === undefined) {
      const err0 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "id" },
        message: "must have required property '" + "id" + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.instrument === undefined) {
      const err1 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "instrument" },
        message: "must have required property '" + "instrument" + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.group === undefined) {
      const err2 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "group" },
        message: "must have required property '" + "group" + "'",
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.responses === undefined) {
      const err3 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "responses" },
        message: "must have required property '" + "responses" + "'",
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "id" || key0 === "instrument" || key0 === "group" || key0 === "invited" || key0 === "responses")) {
        const err4 = {
          instancePath,
          schemaPath: "#/additionalProperties",
          keyword: "additionalProperties",
          params: { additionalProperty: key0 },
          message: "must NOT have additional properties",
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.id !== undefined) {
      let data0 = data.id;
      if (typeof data0 === "string") {
        if (func2(data0) > 100) {
          const err5 = {
            instancePath: instancePath + "/id",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/maxLength",
            keyword: "maxLength",
            params: { limit: 100 },
            message: "must NOT have more than 100 characters",
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        if (func2(data0) < 1) {
          const err6 = {
            instancePath: instancePath + "/id",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/minLength",
            keyword: "minLength",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 characters",
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (!pattern20.test(data0)) {
          const err7 = {
            instancePath: instancePath + "/id",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/pattern",
            keyword: "pattern",
            params: { pattern: "^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$" },
            message: 'must match pattern "' + "^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$" + '"',
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = {
          instancePath: instancePath + "/id",
          schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.instrument !== undefined) {
      let data1 = data.instrument;
      if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
        if (data1.id === undefined) {
          const err9 = {
            instancePath: instancePath + "/instrument",
            schemaPath: "#/properties/instrument/required",
            keyword: "required",
            params: { missingProperty: "id" },
            message: "must have required property '" + "id" + "'",
          };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        if (data1.version === undefined) {
          const err10 = {
            instancePath: instancePath + "/instrument",
            schemaPath: "#/properties/instrument/required",
            keyword: "required",
            params: { missingProperty: "version" },
            message: "must have required property '" + "version" + "'",
          };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        for (const key1 in data1) {
          if (!(key1 === "id" || key1 === "version")) {
            const err11 = {
              instancePath: instancePath + "/instrument",
              schemaPath: "#/properties/instrument/additionalProperties",
              keyword: "additionalProperties",
              params: { additionalProperty: key1 },
              message: "must NOT have additional properties",
            };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        if (data1.id !== undefined) {
          let data2 = data1.id;
          if (typeof data2 === "string") {
            if (func2(data2) > 2048) {
              const err12 = {
                instancePath: instancePath + "/instrument/id",
                schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/uri/maxLength",
                keyword: "maxLength",
                params: { limit: 2048 },
                message: "must NOT have more than 2048 characters",
              };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
            if (!pattern4.test(data2)) {
              const err13 = {
                instancePath: instancePath + "/instrument/id",
                schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/uri/pattern",
                keyword: "pattern",
                params: { pattern: "^[A-Za-z][A-Za-z0-9+.-]*:[^\\s]+$" },
                message: 'must match pattern "' + "^[A-Za-z][A-Za-z0-9+.-]*:[^\\s]+$" + '"',
              };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
          } else {
            const err14 = {
              instancePath: instancePath + "/instrument/id",
              schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/uri/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
            };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
        if (data1.version !== undefined) {
          let data3 = data1.version;
          if (typeof data3 === "string") {
            if (func2(data3) > 256) {
              const err15 = {
                instancePath: instancePath + "/instrument/version",
                schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/semver/maxLength",
                keyword: "maxLength",
                params: { limit: 256 },
                message: "must NOT have more than 256 characters",
              };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
            if (!pattern6.test(data3)) {
              const err16 = {
                instancePath: instancePath + "/instrument/version",
                schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/semver/pattern",
                keyword: "pattern",
                params: {
                  pattern:
                    "^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$",
                },
                message:
                  'must match pattern "' +
                  "^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$" +
                  '"',
              };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
          } else {
            const err17 = {
              instancePath: instancePath + "/instrument/version",
              schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/semver/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
            };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
      } else {
        const err18 = {
          instancePath: instancePath + "/instrument",
          schemaPath: "#/properties/instrument/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object",
        };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.group !== undefined) {
      let data4 = data.group;
      if (typeof data4 !== "string") {
        const err19 = {
          instancePath: instancePath + "/group",
          schemaPath: "https://w3id.org/competence-kit/schemas/guide/v1#/$defs/participantGroup/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
      if (!(
        data4 === "staff" ||
        data4 === "third-country-nationals" ||
        data4 === "ngos" ||
        data4 === "migrant-organisations" ||
        data4 === "stakeholders"
      )) {
        const err20 = {
          instancePath: instancePath + "/group",
          schemaPath: "https://w3id.org/competence-kit/schemas/guide/v1#/$defs/participantGroup/enum",
          keyword: "enum",
          params: { allowedValues: schema119.enum },
          message: "must be equal to one of the allowed values",
        };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.invited !== undefined) {
      let data5 = data.invited;
      if (!(typeof data5 == "number" && !(data5 % 1) && !isNaN(data5) && isFinite(data5))) {
        const err21 = {
          instancePath: instancePath + "/invited",
          schemaPath: "#/properties/invited/type",
          keyword: "type",
          params: { type: "integer" },
          message: "must be integer",
        };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
      if (typeof data5 == "number" && isFinite(data5)) {
        if (data5 < 0 || isNaN(data5)) {
          const err22 = {
            instancePath: instancePath + "/invited",
            schemaPath: "#/properties/invited/minimum",
            keyword: "minimum",
            params: { comparison: ">=", limit: 0 },
            message: "must be >= 0",
          };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
      }
    }
    if (data.responses !== undefined) {
      let data6 = data.responses;
      if (Array.isArray(data6)) {
        const len0 = data6.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (
            !validate165(data6[i0], {
              instancePath: instancePath + "/responses/" + i0,
              parentData: data6,
              parentDataProperty: i0,
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate165.errors : vErrors.concat(validate165.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err23 = {
          instancePath: instancePath + "/responses",
          schemaPath: "#/properties/responses/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array",
        };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
  } else {
    const err24 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
    };
    if (vErrors === null) {
      vErrors = [err24];
    } else {
      vErrors.push(err24);
    }
    errors++;
  }
  validate164.errors = vErrors;
  return errors === 0;
}
validate164.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
const schema199 = {
  title: "Finding",
  description:
    "A coded finding: a statement, its kind, its VOPI level, the competences it concerns, its evidence and the focus group's validation.",
  type: "object",
  additionalProperties: false,
  required: ["id", "statement", "kind", "level", "competences", "evidence"],
  properties: {
    id: { $ref: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id" },
    statement: { $ref: "https://w3id.org/competence-kit/schemas/localized-text/v1" },
    kind: { type: "string", enum: ["strength", "weakness", "opportunity", "threat", "need"] },
    level: { $ref: "https://w3id.org/competence-kit/schemas/guide/v1#/$defs/vopiLevel" },
    competences: {
      type: "array",
      uniqueItems: true,
      items: { $ref: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id" },
    },
    evidence: { type: "array", minItems: 1, items: { $ref: "#/$defs/evidence" } },
    validation: {
      type: "object",
      additionalProperties: false,
      required: ["session", "outcome"],
      properties: {
        session: {
          description: "The validating focus group.",
          $ref: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id",
        },
        outcome: { type: "string", enum: ["confirmed", "amended", "rejected"] },
        note: { $ref: "https://w3id.org/competence-kit/schemas/localized-text/v1" },
      },
    },
  },
};
const schema203 = {
  title: "Evidence",
  description:
    "Where a finding comes from: a session, a desk-research source, or a questionnaire (optionally one of its items), and how many participants raised it.",
  type: "object",
  additionalProperties: false,
  properties: {
    session: { $ref: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id" },
    source: { $ref: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id" },
    questionnaire: { $ref: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id" },
    item: { $ref: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id" },
    participants: { description: "How many participants raised it in that session.", type: "integer", minimum: 1 },
    groups: {
      type: "array",
      uniqueItems: true,
      items: { $ref: "https://w3id.org/competence-kit/schemas/guide/v1#/$defs/participantGroup" },
    },
  },
  oneOf: [{ required: ["session"] }, { required: ["source"] }, { required: ["questionnaire"] }],
};
function validate172(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate172.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  const _errs1 = errors;
  let valid0 = false;
  let passing0 = null;
  const _errs2 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.session === undefined) {
      const err0 = {
        instancePath,
        schemaPath: "#/oneOf/0/required",
        keyword: "required",
        params: { missingProperty: "session" },
        message: "must have required property '" + "session" + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  }
  var _valid0 = _errs2 === errors;
  if (_valid0) {
    valid0 = true;
    passing0 = 0;
  }
  const _errs3 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.source === undefined) {
      const err1 = {
        instancePath,
        schemaPath: "#/oneOf/1/required",
        keyword: "required",
        params: { missingProperty: "source" },
        message: "must have required property '" + "source" + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
  }
  var _valid0 = _errs3 === errors;
  if (_valid0 && valid0) {
    valid0 = false;
    passing0 = [passing0, 1];
  } else {
    if (_valid0) {
      valid0 = true;
      passing0 = 1;
    }
    const _errs4 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.questionnaire === undefined) {
        const err2 = {
          instancePath,
          schemaPath: "#/oneOf/2/required",
          keyword: "required",
          params: { missingProperty: "questionnaire" },
          message: "must have required property '" + "questionnaire" + "'",
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    var _valid0 = _errs4 === errors;
    if (_valid0 && valid0) {
      valid0 = false;
      passing0 = [passing0, 2];
    } else {
      if (_valid0) {
        valid0 = true;
        passing0 = 2;
      }
    }
  }
  if (!valid0) {
    const err3 = {
      instancePath,
      schemaPath: "#/oneOf",
      keyword: "oneOf",
      params: { passingSchemas: passing0 },
      message: "must match exactly one schema in oneOf",
    };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  } else {
    errors = _errs1;
    if (vErrors !== null) {
      if (_errs1) {
        vErrors.length = _errs1;
      } else {
        vErrors = null;
      }
    }
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(
        key0 === "session" ||
        key0 === "source" ||
        key0 === "questionnaire" ||
        key0 === "item" ||
        key0 === "participants" ||
        key0 === "groups"
      )) {
        const err4 = {
          instancePath,
          schemaPath: "#/additionalProperties",
          keyword: "additionalProperties",
          params: { additionalProperty: key0 },
          message: "must NOT have additional properties",
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.session !== undefined) {
      let data0 = data.session;
      if (typeof data0 === "string") {
        if (func2(data0) > 100) {
          const err5 = {
            instancePath: instancePath + "/session",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/maxLength",
            keyword: "maxLength",
            params: { limit: 100 },
            message: "must NOT have more than 100 characters",
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        if (func2(data0) < 1) {
          const err6 = {
            instancePath: instancePath + "/session",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/minLength",
            keyword: "minLength",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 characters",
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (!pattern20.test(data0)) {
          const err7 = {
            instancePath: instancePath + "/session",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/pattern",
            keyword: "pattern",
            params: { pattern: "^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$" },
            message: 'must match pattern "' + "^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$" + '"',
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = {
          instancePath: instancePath + "/session",
          schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.source !== undefined) {
      let data1 = data.source;
      if (typeof data1 === "string") {
        if (func2(data1) > 100) {
          const err9 = {
            instancePath: instancePath + "/source",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/maxLength",
            keyword: "maxLength",
            params: { limit: 100 },
            message: "must NOT have more than 100 characters",
          };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        if (func2(data1) < 1) {
          const err10 = {
            instancePath: instancePath + "/source",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/minLength",
            keyword: "minLength",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 characters",
          };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        if (!pattern20.test(data1)) {
          const err11 = {
            instancePath: instancePath + "/source",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/pattern",
            keyword: "pattern",
            params: { pattern: "^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$" },
            message: 'must match pattern "' + "^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$" + '"',
          };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      } else {
        const err12 = {
          instancePath: instancePath + "/source",
          schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.questionnaire !== undefined) {
      let data2 = data.questionnaire;
      if (typeof data2 === "string") {
        if (func2(data2) > 100) {
          const err13 = {
            instancePath: instancePath + "/questionnaire",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/maxLength",
            keyword: "maxLength",
            params: { limit: 100 },
            message: "must NOT have more than 100 characters",
          };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
        if (func2(data2) < 1) {
          const err14 = {
            instancePath: instancePath + "/questionnaire",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/minLength",
            keyword: "minLength",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 characters",
          };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
        if (!pattern20.test(data2)) {
          const err15 = {
            instancePath: instancePath + "/questionnaire",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/pattern",
            keyword: "pattern",
            params: { pattern: "^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$" },
            message: 'must match pattern "' + "^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$" + '"',
          };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      } else {
        const err16 = {
          instancePath: instancePath + "/questionnaire",
          schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.item !== undefined) {
      let data3 = data.item;
      if (typeof data3 === "string") {
        if (func2(data3) > 100) {
          const err17 = {
            instancePath: instancePath + "/item",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/maxLength",
            keyword: "maxLength",
            params: { limit: 100 },
            message: "must NOT have more than 100 characters",
          };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
        if (func2(data3) < 1) {
          const err18 = {
            instancePath: instancePath + "/item",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/minLength",
            keyword: "minLength",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 characters",
          };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
        if (!pattern20.test(data3)) {
          const err19 = {
            instancePath: instancePath + "/item",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/pattern",
            keyword: "pattern",
            params: { pattern: "^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$" },
            message: 'must match pattern "' + "^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$" + '"',
          };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
      } else {
        const err20 = {
          instancePath: instancePath + "/item",
          schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.participants !== undefined) {
      let data4 = data.participants;
      if (!(typeof data4 == "number" && !(data4 % 1) && !isNaN(data4) && isFinite(data4))) {
        const err21 = {
          instancePath: instancePath + "/participants",
          schemaPath: "#/properties/participants/type",
          keyword: "type",
          params: { type: "integer" },
          message: "must be integer",
        };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
      if (typeof data4 == "number" && isFinite(data4)) {
        if (data4 < 1 || isNaN(data4)) {
          const err22 = {
            instancePath: instancePath + "/participants",
            schemaPath: "#/properties/participants/minimum",
            keyword: "minimum",
            params: { comparison: ">=", limit: 1 },
            message: "must be >= 1",
          };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
      }
    }
    if (data.groups !== undefined) {
      let data5 = data.groups;
      if (Array.isArray(data5)) {
        const len0 = data5.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data6 = data5[i0];
          if (typeof data6 !== "string") {
            const err23 = {
              instancePath: instancePath + "/groups/" + i0,
              schemaPath: "https://w3id.org/competence-kit/schemas/guide/v1#/$defs/participantGroup/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
            };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
          if (!(
            data6 === "staff" ||
            data6 === "third-country-nationals" ||
            data6 === "ngos" ||
            data6 === "migrant-organisations" ||
            data6 === "stakeholders"
          )) {
            const err24 = {
              instancePath: instancePath + "/groups/" + i0,
              schemaPath: "https://w3id.org/competence-kit/schemas/guide/v1#/$defs/participantGroup/enum",
              keyword: "enum",
              params: { allowedValues: schema119.enum },
              message: "must be equal to one of the allowed values",
            };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
        let i1 = data5.length;
        let j0;
        if (i1 > 1) {
          outer0: for (; i1--;) {
            for (j0 = i1; j0--;) {
              if (func0(data5[i1], data5[j0])) {
                const err25 = {
                  instancePath: instancePath + "/groups",
                  schemaPath: "#/properties/groups/uniqueItems",
                  keyword: "uniqueItems",
                  params: { i: i1, j: j0 },
                  message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)",
                };
                if (vErrors === null) {
                  vErrors = [err25];
                } else {
                  vErrors.push(err25);
                }
                errors++;
                break outer0;
              }
            }
          }
        }
      } else {
        const err26 = {
          instancePath: instancePath + "/groups",
          schemaPath: "#/properties/groups/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array",
        };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
  } else {
    const err27 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
    };
    if (vErrors === null) {
      vErrors = [err27];
    } else {
      vErrors.push(err27);
    }
    errors++;
  }
  validate172.errors = vErrors;
  return errors === 0;
}
validate172.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
function validate170(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate170.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === undefined) {
      const err0 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "id" },
        message: "must have required property '" + "id" + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.statement === undefined) {
      const err1 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "statement" },
        message: "must have required property '" + "statement" + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.kind === undefined) {
      const err2 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "kind" },
        message: "must have required property '" + "kind" + "'",
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.level === undefined) {
      const err3 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "level" },
        message: "must have required property '" + "level" + "'",
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.competences === undefined) {
      const err4 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "competences" },
        message: "must have required property '" + "competences" + "'",
      };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.evidence === undefined) {
      const err5 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "evidence" },
        message: "must have required property '" + "evidence" + "'",
      };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(
        key0 === "id" ||
        key0 === "statement" ||
        key0 === "kind" ||
        key0 === "level" ||
        key0 === "competences" ||
        key0 === "evidence" ||
        key0 === "validation"
      )) {
        const err6 = {
          instancePath,
          schemaPath: "#/additionalProperties",
          keyword: "additionalProperties",
          params: { additionalProperty: key0 },
          message: "must NOT have additional properties",
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.id !== undefined) {
      let data0 = data.id;
      if (typeof data0 === "string") {
        if (func2(data0) > 100) {
          const err7 = {
            instancePath: instancePath + "/id",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/maxLength",
            keyword: "maxLength",
            params: { limit: 100 },
            message: "must NOT have more than 100 characters",
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (func2(data0) < 1) {
          const err8 = {
            instancePath: instancePath + "/id",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/minLength",
            keyword: "minLength",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 characters",
          };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        if (!pattern20.test(data0)) {
          const err9 = {
            instancePath: instancePath + "/id",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/pattern",
            keyword: "pattern",
            params: { pattern: "^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$" },
            message: 'must match pattern "' + "^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$" + '"',
          };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = {
          instancePath: instancePath + "/id",
          schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.statement !== undefined) {
      if (
        !validate24(data.statement, {
          instancePath: instancePath + "/statement",
          parentData: data,
          parentDataProperty: "statement",
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
        errors = vErrors.length;
      }
    }
    if (data.kind !== undefined) {
      let data2 = data.kind;
      if (typeof data2 !== "string") {
        const err11 = {
          instancePath: instancePath + "/kind",
          schemaPath: "#/properties/kind/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
      if (!(
        data2 === "strength" ||
        data2 === "weakness" ||
        data2 === "opportunity" ||
        data2 === "threat" ||
        data2 === "need"
      )) {
        const err12 = {
          instancePath: instancePath + "/kind",
          schemaPath: "#/properties/kind/enum",
          keyword: "enum",
          params: { allowedValues: schema199.properties.kind.enum },
          message: "must be equal to one of the allowed values",
        };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.level !== undefined) {
      let data3 = data.level;
      if (typeof data3 !== "string") {
        const err13 = {
          instancePath: instancePath + "/level",
          schemaPath: "https://w3id.org/competence-kit/schemas/guide/v1#/$defs/vopiLevel/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
      if (!(
        data3 === "organisation" ||
        data3 === "services-and-access" ||
        data3 === "personnel" ||
        data3 === "cooperation"
      )) {
        const err14 = {
          instancePath: instancePath + "/level",
          schemaPath: "https://w3id.org/competence-kit/schemas/guide/v1#/$defs/vopiLevel/enum",
          keyword: "enum",
          params: { allowedValues: schema125.enum },
          message: "must be equal to one of the allowed values",
        };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.competences !== undefined) {
      let data4 = data.competences;
      if (Array.isArray(data4)) {
        const len0 = data4.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data5 = data4[i0];
          if (typeof data5 === "string") {
            if (func2(data5) > 100) {
              const err15 = {
                instancePath: instancePath + "/competences/" + i0,
                schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/maxLength",
                keyword: "maxLength",
                params: { limit: 100 },
                message: "must NOT have more than 100 characters",
              };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
            if (func2(data5) < 1) {
              const err16 = {
                instancePath: instancePath + "/competences/" + i0,
                schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/minLength",
                keyword: "minLength",
                params: { limit: 1 },
                message: "must NOT have fewer than 1 characters",
              };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
            if (!pattern20.test(data5)) {
              const err17 = {
                instancePath: instancePath + "/competences/" + i0,
                schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/pattern",
                keyword: "pattern",
                params: { pattern: "^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$" },
                message: 'must match pattern "' + "^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$" + '"',
              };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
          } else {
            const err18 = {
              instancePath: instancePath + "/competences/" + i0,
              schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
            };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
        let i1 = data4.length;
        let j0;
        if (i1 > 1) {
          outer0: for (; i1--;) {
            for (j0 = i1; j0--;) {
              if (func0(data4[i1], data4[j0])) {
                const err19 = {
                  instancePath: instancePath + "/competences",
                  schemaPath: "#/properties/competences/uniqueItems",
                  keyword: "uniqueItems",
                  params: { i: i1, j: j0 },
                  message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)",
                };
                if (vErrors === null) {
                  vErrors = [err19];
                } else {
                  vErrors.push(err19);
                }
                errors++;
                break outer0;
              }
            }
          }
        }
      } else {
        const err20 = {
          instancePath: instancePath + "/competences",
          schemaPath: "#/properties/competences/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array",
        };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.evidence !== undefined) {
      let data6 = data.evidence;
      if (Array.isArray(data6)) {
        if (data6.length < 1) {
          const err21 = {
            instancePath: instancePath + "/evidence",
            schemaPath: "#/properties/evidence/minItems",
            keyword: "minItems",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 items",
          };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
        const len1 = data6.length;
        for (let i2 = 0; i2 < len1; i2++) {
          if (
            !validate172(data6[i2], {
              instancePath: instancePath + "/evidence/" + i2,
              parentData: data6,
              parentDataProperty: i2,
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate172.errors : vErrors.concat(validate172.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err22 = {
          instancePath: instancePath + "/evidence",
          schemaPath: "#/properties/evidence/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array",
        };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.validation !== undefined) {
      let data8 = data.validation;
      if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
        if (data8.session === undefined) {
          const err23 = {
            instancePath: instancePath + "/validation",
            schemaPath: "#/properties/validation/required",
            keyword: "required",
            params: { missingProperty: "session" },
            message: "must have required property '" + "session" + "'",
          };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
        if (data8.outcome === undefined) {
          const err24 = {
            instancePath: instancePath + "/validation",
            schemaPath: "#/properties/validation/required",
            keyword: "required",
            params: { missingProperty: "outcome" },
            message: "must have required property '" + "outcome" + "'",
          };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
        for (const key1 in data8) {
          if (!(key1 === "session" || key1 === "outcome" || key1 === "note")) {
            const err25 = {
              instancePath: instancePath + "/validation",
              schemaPath: "#/properties/validation/additionalProperties",
              keyword: "additionalProperties",
              params: { additionalProperty: key1 },
              message: "must NOT have additional properties",
            };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
        if (data8.session !== undefined) {
          let data9 = data8.session;
          if (typeof data9 === "string") {
            if (func2(data9) > 100) {
              const err26 = {
                instancePath: instancePath + "/validation/session",
                schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/maxLength",
                keyword: "maxLength",
                params: { limit: 100 },
                message: "must NOT have more than 100 characters",
              };
              if (vErrors === null) {
                vErrors = [err26];
              } else {
                vErrors.push(err26);
              }
              errors++;
            }
            if (func2(data9) < 1) {
              const err27 = {
                instancePath: instancePath + "/validation/session",
                schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/minLength",
                keyword: "minLength",
                params: { limit: 1 },
                message: "must NOT have fewer than 1 characters",
              };
              if (vErrors === null) {
                vErrors = [err27];
              } else {
                vErrors.push(err27);
              }
              errors++;
            }
            if (!pattern20.test(data9)) {
              const err28 = {
                instancePath: instancePath + "/validation/session",
                schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/pattern",
                keyword: "pattern",
                params: { pattern: "^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$" },
                message: 'must match pattern "' + "^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$" + '"',
              };
              if (vErrors === null) {
                vErrors = [err28];
              } else {
                vErrors.push(err28);
              }
              errors++;
            }
          } else {
            const err29 = {
              instancePath: instancePath + "/validation/session",
              schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
            };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
        }
        if (data8.outcome !== undefined) {
          let data10 = data8.outcome;
          if (typeof data10 !== "string") {
            const err30 = {
              instancePath: instancePath + "/validation/outcome",
              schemaPath: "#/properties/validation/properties/outcome/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
            };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
          if (!(data10 === "confirmed" || data10 === "amended" || data10 === "rejected")) {
            const err31 = {
              instancePath: instancePath + "/validation/outcome",
              schemaPath: "#/properties/validation/properties/outcome/enum",
              keyword: "enum",
              params: { allowedValues: schema199.properties.validation.properties.outcome.enum },
              message: "must be equal to one of the allowed values",
            };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
        }
        if (data8.note !== undefined) {
          if (
            !validate24(data8.note, {
              instancePath: instancePath + "/validation/note",
              parentData: data8,
              parentDataProperty: "note",
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err32 = {
          instancePath: instancePath + "/validation",
          schemaPath: "#/properties/validation/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object",
        };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
    }
  } else {
    const err33 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
    };
    if (vErrors === null) {
      vErrors = [err33];
    } else {
      vErrors.push(err33);
    }
    errors++;
  }
  validate170.errors = vErrors;
  return errors === 0;
}
validate170.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
function validate152(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://w3id.org/competence-kit/schemas/needs-study/v1" */ let vErrors = null;
  let errors = 0;
  const evaluated0 = validate152.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === undefined) {
      const err0 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "id" },
        message: "must have required property '" + "id" + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.territory === undefined) {
      const err1 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "territory" },
        message: "must have required property '" + "territory" + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.period === undefined) {
      const err2 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "period" },
        message: "must have required property '" + "period" + "'",
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.framework === undefined) {
      const err3 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "framework" },
        message: "must have required property '" + "framework" + "'",
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.sources === undefined) {
      const err4 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "sources" },
        message: "must have required property '" + "sources" + "'",
      };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.sessions === undefined) {
      const err5 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "sessions" },
        message: "must have required property '" + "sessions" + "'",
      };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.questionnaires === undefined) {
      const err6 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "questionnaires" },
        message: "must have required property '" + "questionnaires" + "'",
      };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.findings === undefined) {
      const err7 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "findings" },
        message: "must have required property '" + "findings" + "'",
      };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func1.call(schema162.properties, key0)) {
        const err8 = {
          instancePath,
          schemaPath: "#/additionalProperties",
          keyword: "additionalProperties",
          params: { additionalProperty: key0 },
          message: "must NOT have additional properties",
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.$schema !== undefined) {
      if (typeof data.$schema !== "string") {
        const err9 = {
          instancePath: instancePath + "/$schema",
          schemaPath: "#/properties/%24schema/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.id !== undefined) {
      let data1 = data.id;
      if (typeof data1 === "string") {
        if (func2(data1) > 2048) {
          const err10 = {
            instancePath: instancePath + "/id",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/uri/maxLength",
            keyword: "maxLength",
            params: { limit: 2048 },
            message: "must NOT have more than 2048 characters",
          };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        if (!pattern4.test(data1)) {
          const err11 = {
            instancePath: instancePath + "/id",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/uri/pattern",
            keyword: "pattern",
            params: { pattern: "^[A-Za-z][A-Za-z0-9+.-]*:[^\\s]+$" },
            message: 'must match pattern "' + "^[A-Za-z][A-Za-z0-9+.-]*:[^\\s]+$" + '"',
          };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      } else {
        const err12 = {
          instancePath: instancePath + "/id",
          schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/uri/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.synthetic !== undefined) {
      if (typeof data.synthetic !== "boolean") {
        const err13 = {
          instancePath: instancePath + "/synthetic",
          schemaPath: "#/properties/synthetic/type",
          keyword: "type",
          params: { type: "boolean" },
          message: "must be boolean",
        };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.territory !== undefined) {
      let data3 = data.territory;
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        if (data3.id === undefined) {
          const err14 = {
            instancePath: instancePath + "/territory",
            schemaPath: "#/properties/territory/required",
            keyword: "required",
            params: { missingProperty: "id" },
            message: "must have required property '" + "id" + "'",
          };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
        if (data3.name === undefined) {
          const err15 = {
            instancePath: instancePath + "/territory",
            schemaPath: "#/properties/territory/required",
            keyword: "required",
            params: { missingProperty: "name" },
            message: "must have required property '" + "name" + "'",
          };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
        if (data3.country === undefined) {
          const err16 = {
            instancePath: instancePath + "/territory",
            schemaPath: "#/properties/territory/required",
            keyword: "required",
            params: { missingProperty: "country" },
            message: "must have required property '" + "country" + "'",
          };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
        for (const key1 in data3) {
          if (!(key1 === "id" || key1 === "name" || key1 === "country")) {
            const err17 = {
              instancePath: instancePath + "/territory",
              schemaPath: "#/properties/territory/additionalProperties",
              keyword: "additionalProperties",
              params: { additionalProperty: key1 },
              message: "must NOT have additional properties",
            };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
        if (data3.id !== undefined) {
          let data4 = data3.id;
          if (typeof data4 === "string") {
            if (func2(data4) > 100) {
              const err18 = {
                instancePath: instancePath + "/territory/id",
                schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/maxLength",
                keyword: "maxLength",
                params: { limit: 100 },
                message: "must NOT have more than 100 characters",
              };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
            if (func2(data4) < 1) {
              const err19 = {
                instancePath: instancePath + "/territory/id",
                schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/minLength",
                keyword: "minLength",
                params: { limit: 1 },
                message: "must NOT have fewer than 1 characters",
              };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
            if (!pattern20.test(data4)) {
              const err20 = {
                instancePath: instancePath + "/territory/id",
                schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/pattern",
                keyword: "pattern",
                params: { pattern: "^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$" },
                message: 'must match pattern "' + "^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$" + '"',
              };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
          } else {
            const err21 = {
              instancePath: instancePath + "/territory/id",
              schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
            };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
        if (data3.name !== undefined) {
          if (
            !validate24(data3.name, {
              instancePath: instancePath + "/territory/name",
              parentData: data3,
              parentDataProperty: "name",
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
            errors = vErrors.length;
          }
        }
        if (data3.country !== undefined) {
          let data6 = data3.country;
          if (typeof data6 === "string") {
            if (!pattern93.test(data6)) {
              const err22 = {
                instancePath: instancePath + "/territory/country",
                schemaPath: "#/properties/territory/properties/country/pattern",
                keyword: "pattern",
                params: { pattern: "^[A-Z]{2}$" },
                message: 'must match pattern "' + "^[A-Z]{2}$" + '"',
              };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
          } else {
            const err23 = {
              instancePath: instancePath + "/territory/country",
              schemaPath: "#/properties/territory/properties/country/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
            };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
      } else {
        const err24 = {
          instancePath: instancePath + "/territory",
          schemaPath: "#/properties/territory/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object",
        };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.period !== undefined) {
      let data7 = data.period;
      if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
        if (data7.start === undefined) {
          const err25 = {
            instancePath: instancePath + "/period",
            schemaPath: "#/properties/period/required",
            keyword: "required",
            params: { missingProperty: "start" },
            message: "must have required property '" + "start" + "'",
          };
          if (vErrors === null) {
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        }
        if (data7.end === undefined) {
          const err26 = {
            instancePath: instancePath + "/period",
            schemaPath: "#/properties/period/required",
            keyword: "required",
            params: { missingProperty: "end" },
            message: "must have required property '" + "end" + "'",
          };
          if (vErrors === null) {
            vErrors = [err26];
          } else {
            vErrors.push(err26);
          }
          errors++;
        }
        for (const key2 in data7) {
          if (!(key2 === "start" || key2 === "end")) {
            const err27 = {
              instancePath: instancePath + "/period",
              schemaPath: "#/properties/period/additionalProperties",
              keyword: "additionalProperties",
              params: { additionalProperty: key2 },
              message: "must NOT have additional properties",
            };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
        if (data7.start !== undefined) {
          let data8 = data7.start;
          if (typeof data8 === "string") {
            if (!pattern16.test(data8)) {
              const err28 = {
                instancePath: instancePath + "/period/start",
                schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/date/pattern",
                keyword: "pattern",
                params: { pattern: "^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])$" },
                message: 'must match pattern "' + "^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])$" + '"',
              };
              if (vErrors === null) {
                vErrors = [err28];
              } else {
                vErrors.push(err28);
              }
              errors++;
            }
          } else {
            const err29 = {
              instancePath: instancePath + "/period/start",
              schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/date/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
            };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
        }
        if (data7.end !== undefined) {
          let data9 = data7.end;
          if (typeof data9 === "string") {
            if (!pattern16.test(data9)) {
              const err30 = {
                instancePath: instancePath + "/period/end",
                schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/date/pattern",
                keyword: "pattern",
                params: { pattern: "^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])$" },
                message: 'must match pattern "' + "^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])$" + '"',
              };
              if (vErrors === null) {
                vErrors = [err30];
              } else {
                vErrors.push(err30);
              }
              errors++;
            }
          } else {
            const err31 = {
              instancePath: instancePath + "/period/end",
              schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/date/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
            };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
        }
      } else {
        const err32 = {
          instancePath: instancePath + "/period",
          schemaPath: "#/properties/period/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object",
        };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
    }
    if (data.team !== undefined) {
      let data10 = data.team;
      if (Array.isArray(data10)) {
        const len0 = data10.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data11 = data10[i0];
          if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
            if (data11.role === undefined) {
              const err33 = {
                instancePath: instancePath + "/team/" + i0,
                schemaPath: "#/properties/team/items/required",
                keyword: "required",
                params: { missingProperty: "role" },
                message: "must have required property '" + "role" + "'",
              };
              if (vErrors === null) {
                vErrors = [err33];
              } else {
                vErrors.push(err33);
              }
              errors++;
            }
            if (data11.organisation === undefined) {
              const err34 = {
                instancePath: instancePath + "/team/" + i0,
                schemaPath: "#/properties/team/items/required",
                keyword: "required",
                params: { missingProperty: "organisation" },
                message: "must have required property '" + "organisation" + "'",
              };
              if (vErrors === null) {
                vErrors = [err34];
              } else {
                vErrors.push(err34);
              }
              errors++;
            }
            for (const key3 in data11) {
              if (!(key3 === "role" || key3 === "organisation")) {
                const err35 = {
                  instancePath: instancePath + "/team/" + i0,
                  schemaPath: "#/properties/team/items/additionalProperties",
                  keyword: "additionalProperties",
                  params: { additionalProperty: key3 },
                  message: "must NOT have additional properties",
                };
                if (vErrors === null) {
                  vErrors = [err35];
                } else {
                  vErrors.push(err35);
                }
                errors++;
              }
            }
            if (data11.role !== undefined) {
              let data12 = data11.role;
              if (typeof data12 === "string") {
                if (func2(data12) > 200) {
                  const err36 = {
                    instancePath: instancePath + "/team/" + i0 + "/role",
                    schemaPath: "#/properties/team/items/properties/role/maxLength",
                    keyword: "maxLength",
                    params: { limit: 200 },
                    message: "must NOT have more than 200 characters",
                  };
                  if (vErrors === null) {
                    vErrors = [err36];
                  } else {
                    vErrors.push(err36);
                  }
                  errors++;
                }
                if (func2(data12) < 1) {
                  const err37 = {
                    instancePath: instancePath + "/team/" + i0 + "/role",
                    schemaPath: "#/properties/team/items/properties/role/minLength",
                    keyword: "minLength",
                    params: { limit: 1 },
                    message: "must NOT have fewer than 1 characters",
                  };
                  if (vErrors === null) {
                    vErrors = [err37];
                  } else {
                    vErrors.push(err37);
                  }
                  errors++;
                }
              } else {
                const err38 = {
                  instancePath: instancePath + "/team/" + i0 + "/role",
                  schemaPath: "#/properties/team/items/properties/role/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                };
                if (vErrors === null) {
                  vErrors = [err38];
                } else {
                  vErrors.push(err38);
                }
                errors++;
              }
            }
            if (data11.organisation !== undefined) {
              let data13 = data11.organisation;
              if (typeof data13 === "string") {
                if (func2(data13) > 200) {
                  const err39 = {
                    instancePath: instancePath + "/team/" + i0 + "/organisation",
                    schemaPath: "#/properties/team/items/properties/organisation/maxLength",
                    keyword: "maxLength",
                    params: { limit: 200 },
                    message: "must NOT have more than 200 characters",
                  };
                  if (vErrors === null) {
                    vErrors = [err39];
                  } else {
                    vErrors.push(err39);
                  }
                  errors++;
                }
                if (func2(data13) < 1) {
                  const err40 = {
                    instancePath: instancePath + "/team/" + i0 + "/organisation",
                    schemaPath: "#/properties/team/items/properties/organisation/minLength",
                    keyword: "minLength",
                    params: { limit: 1 },
                    message: "must NOT have fewer than 1 characters",
                  };
                  if (vErrors === null) {
                    vErrors = [err40];
                  } else {
                    vErrors.push(err40);
                  }
                  errors++;
                }
              } else {
                const err41 = {
                  instancePath: instancePath + "/team/" + i0 + "/organisation",
                  schemaPath: "#/properties/team/items/properties/organisation/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                };
                if (vErrors === null) {
                  vErrors = [err41];
                } else {
                  vErrors.push(err41);
                }
                errors++;
              }
            }
          } else {
            const err42 = {
              instancePath: instancePath + "/team/" + i0,
              schemaPath: "#/properties/team/items/type",
              keyword: "type",
              params: { type: "object" },
              message: "must be object",
            };
            if (vErrors === null) {
              vErrors = [err42];
            } else {
              vErrors.push(err42);
            }
            errors++;
          }
        }
      } else {
        const err43 = {
          instancePath: instancePath + "/team",
          schemaPath: "#/properties/team/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array",
        };
        if (vErrors === null) {
          vErrors = [err43];
        } else {
          vErrors.push(err43);
        }
        errors++;
      }
    }
    if (data.framework !== undefined) {
      if (
        !validate154(data.framework, {
          instancePath: instancePath + "/framework",
          parentData: data,
          parentDataProperty: "framework",
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate154.errors : vErrors.concat(validate154.errors);
        errors = vErrors.length;
      }
    }
    if (data.sources !== undefined) {
      let data15 = data.sources;
      if (Array.isArray(data15)) {
        const len1 = data15.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (
            !validate156(data15[i1], {
              instancePath: instancePath + "/sources/" + i1,
              parentData: data15,
              parentDataProperty: i1,
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate156.errors : vErrors.concat(validate156.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err44 = {
          instancePath: instancePath + "/sources",
          schemaPath: "#/properties/sources/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array",
        };
        if (vErrors === null) {
          vErrors = [err44];
        } else {
          vErrors.push(err44);
        }
        errors++;
      }
    }
    if (data.sessions !== undefined) {
      let data17 = data.sessions;
      if (Array.isArray(data17)) {
        const len2 = data17.length;
        for (let i2 = 0; i2 < len2; i2++) {
          if (
            !validate159(data17[i2], {
              instancePath: instancePath + "/sessions/" + i2,
              parentData: data17,
              parentDataProperty: i2,
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate159.errors : vErrors.concat(validate159.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err45 = {
          instancePath: instancePath + "/sessions",
          schemaPath: "#/properties/sessions/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array",
        };
        if (vErrors === null) {
          vErrors = [err45];
        } else {
          vErrors.push(err45);
        }
        errors++;
      }
    }
    if (data.questionnaires !== undefined) {
      let data19 = data.questionnaires;
      if (Array.isArray(data19)) {
        const len3 = data19.length;
        for (let i3 = 0; i3 < len3; i3++) {
          if (
            !validate164(data19[i3], {
              instancePath: instancePath + "/questionnaires/" + i3,
              parentData: data19,
              parentDataProperty: i3,
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate164.errors : vErrors.concat(validate164.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err46 = {
          instancePath: instancePath + "/questionnaires",
          schemaPath: "#/properties/questionnaires/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array",
        };
        if (vErrors === null) {
          vErrors = [err46];
        } else {
          vErrors.push(err46);
        }
        errors++;
      }
    }
    if (data.findings !== undefined) {
      let data21 = data.findings;
      if (Array.isArray(data21)) {
        const len4 = data21.length;
        for (let i4 = 0; i4 < len4; i4++) {
          if (
            !validate170(data21[i4], {
              instancePath: instancePath + "/findings/" + i4,
              parentData: data21,
              parentDataProperty: i4,
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate170.errors : vErrors.concat(validate170.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err47 = {
          instancePath: instancePath + "/findings",
          schemaPath: "#/properties/findings/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array",
        };
        if (vErrors === null) {
          vErrors = [err47];
        } else {
          vErrors.push(err47);
        }
        errors++;
      }
    }
  } else {
    const err48 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
    };
    if (vErrors === null) {
      vErrors = [err48];
    } else {
      vErrors.push(err48);
    }
    errors++;
  }
  validate152.errors = vErrors;
  return errors === 0;
}
validate152.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
export const validateResponse = validate165;
export const validateResult = validate176;
const schema210 = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://w3id.org/competence-kit/schemas/result/v1",
  title: "Result",
  description:
    "One respondent's scored result: per competence the score, the level reached and the gap to the role's target.",
  type: "object",
  additionalProperties: false,
  required: ["instrument", "framework", "respondent", "phase", "competences", "summary"],
  properties: {
    $schema: { type: "string" },
    responseId: { type: "string", minLength: 1, maxLength: 100 },
    instrument: {
      type: "object",
      additionalProperties: false,
      required: ["id", "version"],
      properties: {
        id: { $ref: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/uri" },
        version: { $ref: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/semver" },
      },
    },
    framework: {
      type: "object",
      additionalProperties: false,
      required: ["id", "version"],
      properties: {
        id: { $ref: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/uri" },
        version: { $ref: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/semver" },
      },
    },
    respondent: { $ref: "https://w3id.org/competence-kit/schemas/response/v1#/$defs/pseudonym" },
    roleProfile: { $ref: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id" },
    unit: { type: "string", minLength: 1, maxLength: 200 },
    territory: { $ref: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id" },
    group: { $ref: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id" },
    phase: { $ref: "https://w3id.org/competence-kit/schemas/response/v1#/$defs/phase" },
    submittedAt: { $ref: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/dateTime" },
    competences: { type: "array", items: { $ref: "#/$defs/competenceScore" } },
    summary: { $ref: "#/$defs/resultSummary" },
  },
  $defs: {
    competenceScore: {
      title: "CompetenceScore",
      description: "The score of one competence. `score`, `level` and `gap` are null when too few items were answered.",
      type: "object",
      additionalProperties: false,
      required: [
        "competence",
        "score",
        "raw",
        "rawMin",
        "rawMax",
        "answered",
        "total",
        "valid",
        "level",
        "target",
        "gap",
      ],
      properties: {
        competence: { $ref: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id" },
        score: {
          description: "Weighted mean of the answered items' normalised scores, 0 to 1.",
          type: ["number", "null"],
          minimum: 0,
          maximum: 1,
        },
        raw: { description: "Weighted sum of the answered items' raw points.", type: "number" },
        rawMin: { description: "The lowest raw sum possible for the answered items.", type: "number" },
        rawMax: { description: "The highest raw sum possible for the answered items.", type: "number" },
        answered: { description: "Scored items answered.", type: "integer", minimum: 0 },
        total: { description: "Scored items of this competence in the instrument.", type: "integer", minimum: 0 },
        valid: {
          description: "Whether enough items were answered (the instrument's minAnsweredShare).",
          type: "boolean",
        },
        level: {
          description: "The level reached, by the instrument's thresholds.",
          anyOf: [{ $ref: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id" }, { type: "null" }],
        },
        target: {
          description: "The role profile's target level.",
          anyOf: [{ $ref: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id" }, { type: "null" }],
        },
        gap: {
          description:
            "Levels between the level reached and the target; positive when below target, 0 or negative when it is met.",
          type: ["integer", "null"],
        },
      },
    },
    resultSummary: {
      title: "ResultSummary",
      type: "object",
      description: "Over all competences.",
      additionalProperties: false,
      required: ["answered", "skipped", "total", "validCompetences", "meanScore", "belowTarget"],
      properties: {
        answered: { description: "Scored items answered.", type: "integer", minimum: 0 },
        skipped: { description: "Items skipped.", type: "integer", minimum: 0 },
        total: { description: "Scored items.", type: "integer", minimum: 0 },
        validCompetences: { type: "integer", minimum: 0 },
        meanScore: { description: "Mean of the valid competence scores.", type: ["number", "null"] },
        belowTarget: {
          description: "Competences with a valid score below the role's target.",
          type: "integer",
          minimum: 0,
        },
      },
    },
  },
};
const schema225 = {
  title: "ResultSummary",
  type: "object",
  description: "Over all competences.",
  additionalProperties: false,
  required: ["answered", "skipped", "total", "validCompetences", "meanScore", "belowTarget"],
  properties: {
    answered: { description: "Scored items answered.", type: "integer", minimum: 0 },
    skipped: { description: "Items skipped.", type: "integer", minimum: 0 },
    total: { description: "Scored items.", type: "integer", minimum: 0 },
    validCompetences: { type: "integer", minimum: 0 },
    meanScore: { description: "Mean of the valid competence scores.", type: ["number", "null"] },
    belowTarget: {
      description: "Competences with a valid score below the role's target.",
      type: "integer",
      minimum: 0,
    },
  },
};
const schema221 = {
  title: "CompetenceScore",
  description: "The score of one competence. `score`, `level` and `gap` are null when too few items were answered.",
  type: "object",
  additionalProperties: false,
  required: ["competence", "score", "raw", "rawMin", "rawMax", "answered", "total", "valid", "level", "target", "gap"],
  properties: {
    competence: { $ref: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id" },
    score: {
      description: "Weighted mean of the answered items' normalised scores, 0 to 1.",
      type: ["number", "null"],
      minimum: 0,
      maximum: 1,
    },
    raw: { description: "Weighted sum of the answered items' raw points.", type: "number" },
    rawMin: { description: "The lowest raw sum possible for the answered items.", type: "number" },
    rawMax: { description: "The highest raw sum possible for the answered items.", type: "number" },
    answered: { description: "Scored items answered.", type: "integer", minimum: 0 },
    total: { description: "Scored items of this competence in the instrument.", type: "integer", minimum: 0 },
    valid: { description: "Whether enough items were answered (the instrument's minAnsweredShare).", type: "boolean" },
    level: {
      description: "The level reached, by the instrument's thresholds.",
      anyOf: [{ $ref: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id" }, { type: "null" }],
    },
    target: {
      description: "The role profile's target level.",
      anyOf: [{ $ref: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id" }, { type: "null" }],
    },
    gap: {
      description:
        "Levels between the level reached and the target; positive when below target, 0 or negative when it is met.",
      type: ["integer", "null"],
    },
  },
};
function validate177(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate177.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.competence === undefined) {
      const err0 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "competence" },
        message: "must have required property '" + "competence" + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.score === undefined) {
      const err1 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "score" },
        message: "must have required property '" + "score" + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.raw === undefined) {
      const err2 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "raw" },
        message: "must have required property '" + "raw" + "'",
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.rawMin === undefined) {
      const err3 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "rawMin" },
        message: "must have required property '" + "rawMin" + "'",
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.rawMax === undefined) {
      const err4 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "rawMax" },
        message: "must have required property '" + "rawMax" + "'",
      };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.answered === undefined) {
      const err5 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "answered" },
        message: "must have required property '" + "answered" + "'",
      };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.total === undefined) {
      const err6 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "total" },
        message: "must have required property '" + "total" + "'",
      };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.valid === undefined) {
      const err7 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "valid" },
        message: "must have required property '" + "valid" + "'",
      };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.level === undefined) {
      const err8 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "level" },
        message: "must have required property '" + "level" + "'",
      };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (data.target === undefined) {
      const err9 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "target" },
        message: "must have required property '" + "target" + "'",
      };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    if (data.gap === undefined) {
      const err10 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "gap" },
        message: "must have required property '" + "gap" + "'",
      };
      if (vErrors === null) {
        vErrors = [err10];
      } else {
        vErrors.push(err10);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func1.call(schema221.properties, key0)) {
        const err11 = {
          instancePath,
          schemaPath: "#/additionalProperties",
          keyword: "additionalProperties",
          params: { additionalProperty: key0 },
          message: "must NOT have additional properties",
        };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.competence !== undefined) {
      let data0 = data.competence;
      if (typeof data0 === "string") {
        if (func2(data0) > 100) {
          const err12 = {
            instancePath: instancePath + "/competence",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/maxLength",
            keyword: "maxLength",
            params: { limit: 100 },
            message: "must NOT have more than 100 characters",
          };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        if (func2(data0) < 1) {
          const err13 = {
            instancePath: instancePath + "/competence",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/minLength",
            keyword: "minLength",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 characters",
          };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
        if (!pattern20.test(data0)) {
          const err14 = {
            instancePath: instancePath + "/competence",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/pattern",
            keyword: "pattern",
            params: { pattern: "^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$" },
            message: 'must match pattern "' + "^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$" + '"',
          };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      } else {
        const err15 = {
          instancePath: instancePath + "/competence",
          schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.score !== undefined) {
      let data1 = data.score;
      if (!(typeof data1 == "number" && isFinite(data1)) && data1 !== null) {
        const err16 = {
          instancePath: instancePath + "/score",
          schemaPath: "#/properties/score/type",
          keyword: "type",
          params: { type: schema221.properties.score.type },
          message: "must be number,null",
        };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
      if (typeof data1 == "number" && isFinite(data1)) {
        if (data1 > 1 || isNaN(data1)) {
          const err17 = {
            instancePath: instancePath + "/score",
            schemaPath: "#/properties/score/maximum",
            keyword: "maximum",
            params: { comparison: "<=", limit: 1 },
            message: "must be <= 1",
          };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
        if (data1 < 0 || isNaN(data1)) {
          const err18 = {
            instancePath: instancePath + "/score",
            schemaPath: "#/properties/score/minimum",
            keyword: "minimum",
            params: { comparison: ">=", limit: 0 },
            message: "must be >= 0",
          };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
      }
    }
    if (data.raw !== undefined) {
      let data2 = data.raw;
      if (!(typeof data2 == "number" && isFinite(data2))) {
        const err19 = {
          instancePath: instancePath + "/raw",
          schemaPath: "#/properties/raw/type",
          keyword: "type",
          params: { type: "number" },
          message: "must be number",
        };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.rawMin !== undefined) {
      let data3 = data.rawMin;
      if (!(typeof data3 == "number" && isFinite(data3))) {
        const err20 = {
          instancePath: instancePath + "/rawMin",
          schemaPath: "#/properties/rawMin/type",
          keyword: "type",
          params: { type: "number" },
          message: "must be number",
        };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.rawMax !== undefined) {
      let data4 = data.rawMax;
      if (!(typeof data4 == "number" && isFinite(data4))) {
        const err21 = {
          instancePath: instancePath + "/rawMax",
          schemaPath: "#/properties/rawMax/type",
          keyword: "type",
          params: { type: "number" },
          message: "must be number",
        };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.answered !== undefined) {
      let data5 = data.answered;
      if (!(typeof data5 == "number" && !(data5 % 1) && !isNaN(data5) && isFinite(data5))) {
        const err22 = {
          instancePath: instancePath + "/answered",
          schemaPath: "#/properties/answered/type",
          keyword: "type",
          params: { type: "integer" },
          message: "must be integer",
        };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
      if (typeof data5 == "number" && isFinite(data5)) {
        if (data5 < 0 || isNaN(data5)) {
          const err23 = {
            instancePath: instancePath + "/answered",
            schemaPath: "#/properties/answered/minimum",
            keyword: "minimum",
            params: { comparison: ">=", limit: 0 },
            message: "must be >= 0",
          };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
      }
    }
    if (data.total !== undefined) {
      let data6 = data.total;
      if (!(typeof data6 == "number" && !(data6 % 1) && !isNaN(data6) && isFinite(data6))) {
        const err24 = {
          instancePath: instancePath + "/total",
          schemaPath: "#/properties/total/type",
          keyword: "type",
          params: { type: "integer" },
          message: "must be integer",
        };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
      if (typeof data6 == "number" && isFinite(data6)) {
        if (data6 < 0 || isNaN(data6)) {
          const err25 = {
            instancePath: instancePath + "/total",
            schemaPath: "#/properties/total/minimum",
            keyword: "minimum",
            params: { comparison: ">=", limit: 0 },
            message: "must be >= 0",
          };
          if (vErrors === null) {
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        }
      }
    }
    if (data.valid !== undefined) {
      if (typeof data.valid !== "boolean") {
        const err26 = {
          instancePath: instancePath + "/valid",
          schemaPath: "#/properties/valid/type",
          keyword: "type",
          params: { type: "boolean" },
          message: "must be boolean",
        };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
    if (data.level !== undefined) {
      let data8 = data.level;
      const _errs20 = errors;
      let valid2 = false;
      const _errs21 = errors;
      if (typeof data8 === "string") {
        if (func2(data8) > 100) {
          const err27 = {
            instancePath: instancePath + "/level",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/maxLength",
            keyword: "maxLength",
            params: { limit: 100 },
            message: "must NOT have more than 100 characters",
          };
          if (vErrors === null) {
            vErrors = [err27];
          } else {
            vErrors.push(err27);
          }
          errors++;
        }
        if (func2(data8) < 1) {
          const err28 = {
            instancePath: instancePath + "/level",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/minLength",
            keyword: "minLength",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 characters",
          };
          if (vErrors === null) {
            vErrors = [err28];
          } else {
            vErrors.push(err28);
          }
          errors++;
        }
        if (!pattern20.test(data8)) {
          const err29 = {
            instancePath: instancePath + "/level",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/pattern",
            keyword: "pattern",
            params: { pattern: "^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$" },
            message: 'must match pattern "' + "^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$" + '"',
          };
          if (vErrors === null) {
            vErrors = [err29];
          } else {
            vErrors.push(err29);
          }
          errors++;
        }
      } else {
        const err30 = {
          instancePath: instancePath + "/level",
          schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
      var _valid0 = _errs21 === errors;
      valid2 = valid2 || _valid0;
      const _errs24 = errors;
      if (data8 !== null) {
        const err31 = {
          instancePath: instancePath + "/level",
          schemaPath: "#/properties/level/anyOf/1/type",
          keyword: "type",
          params: { type: "null" },
          message: "must be null",
        };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
      var _valid0 = _errs24 === errors;
      valid2 = valid2 || _valid0;
      if (!valid2) {
        const err32 = {
          instancePath: instancePath + "/level",
          schemaPath: "#/properties/level/anyOf",
          keyword: "anyOf",
          params: {},
          message: "must match a schema in anyOf",
        };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      } else {
        errors = _errs20;
        if (vErrors !== null) {
          if (_errs20) {
            vErrors.length = _errs20;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.target !== undefined) {
      let data9 = data.target;
      const _errs27 = errors;
      let valid4 = false;
      const _errs28 = errors;
      if (typeof data9 === "string") {
        if (func2(data9) > 100) {
          const err33 = {
            instancePath: instancePath + "/target",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/maxLength",
            keyword: "maxLength",
            params: { limit: 100 },
            message: "must NOT have more than 100 characters",
          };
          if (vErrors === null) {
            vErrors = [err33];
          } else {
            vErrors.push(err33);
          }
          errors++;
        }
        if (func2(data9) < 1) {
          const err34 = {
            instancePath: instancePath + "/target",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/minLength",
            keyword: "minLength",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 characters",
          };
          if (vErrors === null) {
            vErrors = [err34];
          } else {
            vErrors.push(err34);
          }
          errors++;
        }
        if (!pattern20.test(data9)) {
          const err35 = {
            instancePath: instancePath + "/target",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/pattern",
            keyword: "pattern",
            params: { pattern: "^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$" },
            message: 'must match pattern "' + "^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$" + '"',
          };
          if (vErrors === null) {
            vErrors = [err35];
          } else {
            vErrors.push(err35);
          }
          errors++;
        }
      } else {
        const err36 = {
          instancePath: instancePath + "/target",
          schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err36];
        } else {
          vErrors.push(err36);
        }
        errors++;
      }
      var _valid1 = _errs28 === errors;
      valid4 = valid4 || _valid1;
      const _errs31 = errors;
      if (data9 !== null) {
        const err37 = {
          instancePath: instancePath + "/target",
          schemaPath: "#/properties/target/anyOf/1/type",
          keyword: "type",
          params: { type: "null" },
          message: "must be null",
        };
        if (vErrors === null) {
          vErrors = [err37];
        } else {
          vErrors.push(err37);
        }
        errors++;
      }
      var _valid1 = _errs31 === errors;
      valid4 = valid4 || _valid1;
      if (!valid4) {
        const err38 = {
          instancePath: instancePath + "/target",
          schemaPath: "#/properties/target/anyOf",
          keyword: "anyOf",
          params: {},
          message: "must match a schema in anyOf",
        };
        if (vErrors === null) {
          vErrors = [err38];
        } else {
          vErrors.push(err38);
        }
        errors++;
      } else {
        errors = _errs27;
        if (vErrors !== null) {
          if (_errs27) {
            vErrors.length = _errs27;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.gap !== undefined) {
      let data10 = data.gap;
      if (!(typeof data10 == "number" && !(data10 % 1) && !isNaN(data10) && isFinite(data10)) && data10 !== null) {
        const err39 = {
          instancePath: instancePath + "/gap",
          schemaPath: "#/properties/gap/type",
          keyword: "type",
          params: { type: schema221.properties.gap.type },
          message: "must be integer,null",
        };
        if (vErrors === null) {
          vErrors = [err39];
        } else {
          vErrors.push(err39);
        }
        errors++;
      }
    }
  } else {
    const err40 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
    };
    if (vErrors === null) {
      vErrors = [err40];
    } else {
      vErrors.push(err40);
    }
    errors++;
  }
  validate177.errors = vErrors;
  return errors === 0;
}
validate177.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
function validate176(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://w3id.org/competence-kit/schemas/result/v1" */ let vErrors = null;
  let errors = 0;
  const evaluated0 = validate176.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.instrument === undefined) {
      const err0 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "instrument" },
        message: "must have required property '" + "instrument" + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.framework === undefined) {
      const err1 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "framework" },
        message: "must have required property '" + "framework" + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.respondent === undefined) {
      const err2 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "respondent" },
        message: "must have required property '" + "respondent" + "'",
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.phase === undefined) {
      const err3 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "phase" },
        message: "must have required property '" + "phase" + "'",
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.competences === undefined) {
      const err4 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "competences" },
        message: "must have required property '" + "competences" + "'",
      };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.summary === undefined) {
      const err5 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "summary" },
        message: "must have required property '" + "summary" + "'",
      };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func1.call(schema210.properties, key0)) {
        const err6 = {
          instancePath,
          schemaPath: "#/additionalProperties",
          keyword: "additionalProperties",
          params: { additionalProperty: key0 },
          message: "must NOT have additional properties",
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.$schema !== undefined) {
      if (typeof data.$schema !== "string") {
        const err7 = {
          instancePath: instancePath + "/$schema",
          schemaPath: "#/properties/%24schema/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.responseId !== undefined) {
      let data1 = data.responseId;
      if (typeof data1 === "string") {
        if (func2(data1) > 100) {
          const err8 = {
            instancePath: instancePath + "/responseId",
            schemaPath: "#/properties/responseId/maxLength",
            keyword: "maxLength",
            params: { limit: 100 },
            message: "must NOT have more than 100 characters",
          };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        if (func2(data1) < 1) {
          const err9 = {
            instancePath: instancePath + "/responseId",
            schemaPath: "#/properties/responseId/minLength",
            keyword: "minLength",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 characters",
          };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = {
          instancePath: instancePath + "/responseId",
          schemaPath: "#/properties/responseId/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.instrument !== undefined) {
      let data2 = data.instrument;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        if (data2.id === undefined) {
          const err11 = {
            instancePath: instancePath + "/instrument",
            schemaPath: "#/properties/instrument/required",
            keyword: "required",
            params: { missingProperty: "id" },
            message: "must have required property '" + "id" + "'",
          };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        if (data2.version === undefined) {
          const err12 = {
            instancePath: instancePath + "/instrument",
            schemaPath: "#/properties/instrument/required",
            keyword: "required",
            params: { missingProperty: "version" },
            message: "must have required property '" + "version" + "'",
          };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        for (const key1 in data2) {
          if (!(key1 === "id" || key1 === "version")) {
            const err13 = {
              instancePath: instancePath + "/instrument",
              schemaPath: "#/properties/instrument/additionalProperties",
              keyword: "additionalProperties",
              params: { additionalProperty: key1 },
              message: "must NOT have additional properties",
            };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        if (data2.id !== undefined) {
          let data3 = data2.id;
          if (typeof data3 === "string") {
            if (func2(data3) > 2048) {
              const err14 = {
                instancePath: instancePath + "/instrument/id",
                schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/uri/maxLength",
                keyword: "maxLength",
                params: { limit: 2048 },
                message: "must NOT have more than 2048 characters",
              };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
            if (!pattern4.test(data3)) {
              const err15 = {
                instancePath: instancePath + "/instrument/id",
                schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/uri/pattern",
                keyword: "pattern",
                params: { pattern: "^[A-Za-z][A-Za-z0-9+.-]*:[^\\s]+$" },
                message: 'must match pattern "' + "^[A-Za-z][A-Za-z0-9+.-]*:[^\\s]+$" + '"',
              };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
          } else {
            const err16 = {
              instancePath: instancePath + "/instrument/id",
              schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/uri/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
            };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
        if (data2.version !== undefined) {
          let data4 = data2.version;
          if (typeof data4 === "string") {
            if (func2(data4) > 256) {
              const err17 = {
                instancePath: instancePath + "/instrument/version",
                schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/semver/maxLength",
                keyword: "maxLength",
                params: { limit: 256 },
                message: "must NOT have more than 256 characters",
              };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
            if (!pattern6.test(data4)) {
              const err18 = {
                instancePath: instancePath + "/instrument/version",
                schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/semver/pattern",
                keyword: "pattern",
                params: {
                  pattern:
                    "^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$",
                },
                message:
                  'must match pattern "' +
                  "^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$" +
                  '"',
              };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
          } else {
            const err19 = {
              instancePath: instancePath + "/instrument/version",
              schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/semver/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
            };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
      } else {
        const err20 = {
          instancePath: instancePath + "/instrument",
          schemaPath: "#/properties/instrument/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object",
        };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.framework !== undefined) {
      let data5 = data.framework;
      if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
        if (data5.id === undefined) {
          const err21 = {
            instancePath: instancePath + "/framework",
            schemaPath: "#/properties/framework/required",
            keyword: "required",
            params: { missingProperty: "id" },
            message: "must have required property '" + "id" + "'",
          };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
        if (data5.version === undefined) {
          const err22 = {
            instancePath: instancePath + "/framework",
            schemaPath: "#/properties/framework/required",
            keyword: "required",
            params: { missingProperty: "version" },
            message: "must have required property '" + "version" + "'",
          };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
        for (const key2 in data5) {
          if (!(key2 === "id" || key2 === "version")) {
            const err23 = {
              instancePath: instancePath + "/framework",
              schemaPath: "#/properties/framework/additionalProperties",
              keyword: "additionalProperties",
              params: { additionalProperty: key2 },
              message: "must NOT have additional properties",
            };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
        if (data5.id !== undefined) {
          let data6 = data5.id;
          if (typeof data6 === "string") {
            if (func2(data6) > 2048) {
              const err24 = {
                instancePath: instancePath + "/framework/id",
                schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/uri/maxLength",
                keyword: "maxLength",
                params: { limit: 2048 },
                message: "must NOT have more than 2048 characters",
              };
              if (vErrors === null) {
                vErrors = [err24];
              } else {
                vErrors.push(err24);
              }
              errors++;
            }
            if (!pattern4.test(data6)) {
              const err25 = {
                instancePath: instancePath + "/framework/id",
                schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/uri/pattern",
                keyword: "pattern",
                params: { pattern: "^[A-Za-z][A-Za-z0-9+.-]*:[^\\s]+$" },
                message: 'must match pattern "' + "^[A-Za-z][A-Za-z0-9+.-]*:[^\\s]+$" + '"',
              };
              if (vErrors === null) {
                vErrors = [err25];
              } else {
                vErrors.push(err25);
              }
              errors++;
            }
          } else {
            const err26 = {
              instancePath: instancePath + "/framework/id",
              schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/uri/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
            };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
        if (data5.version !== undefined) {
          let data7 = data5.version;
          if (typeof data7 === "string") {
            if (func2(data7) > 256) {
              const err27 = {
                instancePath: instancePath + "/framework/version",
                schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/semver/maxLength",
                keyword: "maxLength",
                params: { limit: 256 },
                message: "must NOT have more than 256 characters",
              };
              if (vErrors === null) {
                vErrors = [err27];
              } else {
                vErrors.push(err27);
              }
              errors++;
            }
            if (!pattern6.test(data7)) {
              const err28 = {
                instancePath: instancePath + "/framework/version",
                schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/semver/pattern",
                keyword: "pattern",
                params: {
                  pattern:
                    "^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$",
                },
                message:
                  'must match pattern "' +
                  "^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$" +
                  '"',
              };
              if (vErrors === null) {
                vErrors = [err28];
              } else {
                vErrors.push(err28);
              }
              errors++;
            }
          } else {
            const err29 = {
              instancePath: instancePath + "/framework/version",
              schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/semver/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
            };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
        }
      } else {
        const err30 = {
          instancePath: instancePath + "/framework",
          schemaPath: "#/properties/framework/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object",
        };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
    }
    if (data.respondent !== undefined) {
      let data8 = data.respondent;
      if (typeof data8 === "string") {
        if (!pattern109.test(data8)) {
          const err31 = {
            instancePath: instancePath + "/respondent",
            schemaPath: "https://w3id.org/competence-kit/schemas/response/v1#/$defs/pseudonym/pattern",
            keyword: "pattern",
            params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$" },
            message: 'must match pattern "' + "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$" + '"',
          };
          if (vErrors === null) {
            vErrors = [err31];
          } else {
            vErrors.push(err31);
          }
          errors++;
        }
      } else {
        const err32 = {
          instancePath: instancePath + "/respondent",
          schemaPath: "https://w3id.org/competence-kit/schemas/response/v1#/$defs/pseudonym/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
    }
    if (data.roleProfile !== undefined) {
      let data9 = data.roleProfile;
      if (typeof data9 === "string") {
        if (func2(data9) > 100) {
          const err33 = {
            instancePath: instancePath + "/roleProfile",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/maxLength",
            keyword: "maxLength",
            params: { limit: 100 },
            message: "must NOT have more than 100 characters",
          };
          if (vErrors === null) {
            vErrors = [err33];
          } else {
            vErrors.push(err33);
          }
          errors++;
        }
        if (func2(data9) < 1) {
          const err34 = {
            instancePath: instancePath + "/roleProfile",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/minLength",
            keyword: "minLength",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 characters",
          };
          if (vErrors === null) {
            vErrors = [err34];
          } else {
            vErrors.push(err34);
          }
          errors++;
        }
        if (!pattern20.test(data9)) {
          const err35 = {
            instancePath: instancePath + "/roleProfile",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/pattern",
            keyword: "pattern",
            params: { pattern: "^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$" },
            message: 'must match pattern "' + "^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$" + '"',
          };
          if (vErrors === null) {
            vErrors = [err35];
          } else {
            vErrors.push(err35);
          }
          errors++;
        }
      } else {
        const err36 = {
          instancePath: instancePath + "/roleProfile",
          schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err36];
        } else {
          vErrors.push(err36);
        }
        errors++;
      }
    }
    if (data.unit !== undefined) {
      let data10 = data.unit;
      if (typeof data10 === "string") {
        if (func2(data10) > 200) {
          const err37 = {
            instancePath: instancePath + "/unit",
            schemaPath: "#/properties/unit/maxLength",
            keyword: "maxLength",
            params: { limit: 200 },
            message: "must NOT have more than 200 characters",
          };
          if (vErrors === null) {
            vErrors = [err37];
          } else {
            vErrors.push(err37);
          }
          errors++;
        }
        if (func2(data10) < 1) {
          const err38 = {
            instancePath: instancePath + "/unit",
            schemaPath: "#/properties/unit/minLength",
            keyword: "minLength",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 characters",
          };
          if (vErrors === null) {
            vErrors = [err38];
          } else {
            vErrors.push(err38);
          }
          errors++;
        }
      } else {
        const err39 = {
          instancePath: instancePath + "/unit",
          schemaPath: "#/properties/unit/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err39];
        } else {
          vErrors.push(err39);
        }
        errors++;
      }
    }
    if (data.territory !== undefined) {
      let data11 = data.territory;
      if (typeof data11 === "string") {
        if (func2(data11) > 100) {
          const err40 = {
            instancePath: instancePath + "/territory",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/maxLength",
            keyword: "maxLength",
            params: { limit: 100 },
            message: "must NOT have more than 100 characters",
          };
          if (vErrors === null) {
            vErrors = [err40];
          } else {
            vErrors.push(err40);
          }
          errors++;
        }
        if (func2(data11) < 1) {
          const err41 = {
            instancePath: instancePath + "/territory",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/minLength",
            keyword: "minLength",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 characters",
          };
          if (vErrors === null) {
            vErrors = [err41];
          } else {
            vErrors.push(err41);
          }
          errors++;
        }
        if (!pattern20.test(data11)) {
          const err42 = {
            instancePath: instancePath + "/territory",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/pattern",
            keyword: "pattern",
            params: { pattern: "^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$" },
            message: 'must match pattern "' + "^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$" + '"',
          };
          if (vErrors === null) {
            vErrors = [err42];
          } else {
            vErrors.push(err42);
          }
          errors++;
        }
      } else {
        const err43 = {
          instancePath: instancePath + "/territory",
          schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err43];
        } else {
          vErrors.push(err43);
        }
        errors++;
      }
    }
    if (data.group !== undefined) {
      let data12 = data.group;
      if (typeof data12 === "string") {
        if (func2(data12) > 100) {
          const err44 = {
            instancePath: instancePath + "/group",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/maxLength",
            keyword: "maxLength",
            params: { limit: 100 },
            message: "must NOT have more than 100 characters",
          };
          if (vErrors === null) {
            vErrors = [err44];
          } else {
            vErrors.push(err44);
          }
          errors++;
        }
        if (func2(data12) < 1) {
          const err45 = {
            instancePath: instancePath + "/group",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/minLength",
            keyword: "minLength",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 characters",
          };
          if (vErrors === null) {
            vErrors = [err45];
          } else {
            vErrors.push(err45);
          }
          errors++;
        }
        if (!pattern20.test(data12)) {
          const err46 = {
            instancePath: instancePath + "/group",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/pattern",
            keyword: "pattern",
            params: { pattern: "^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$" },
            message: 'must match pattern "' + "^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$" + '"',
          };
          if (vErrors === null) {
            vErrors = [err46];
          } else {
            vErrors.push(err46);
          }
          errors++;
        }
      } else {
        const err47 = {
          instancePath: instancePath + "/group",
          schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err47];
        } else {
          vErrors.push(err47);
        }
        errors++;
      }
    }
    if (data.phase !== undefined) {
      let data13 = data.phase;
      if (typeof data13 !== "string") {
        const err48 = {
          instancePath: instancePath + "/phase",
          schemaPath: "https://w3id.org/competence-kit/schemas/response/v1#/$defs/phase/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err48];
        } else {
          vErrors.push(err48);
        }
        errors++;
      }
      if (!(data13 === "baseline" || data13 === "post" || data13 === "follow-up")) {
        const err49 = {
          instancePath: instancePath + "/phase",
          schemaPath: "https://w3id.org/competence-kit/schemas/response/v1#/$defs/phase/enum",
          keyword: "enum",
          params: { allowedValues: schema193.enum },
          message: "must be equal to one of the allowed values",
        };
        if (vErrors === null) {
          vErrors = [err49];
        } else {
          vErrors.push(err49);
        }
        errors++;
      }
    }
    if (data.submittedAt !== undefined) {
      let data14 = data.submittedAt;
      if (typeof data14 === "string") {
        if (!pattern114.test(data14)) {
          const err50 = {
            instancePath: instancePath + "/submittedAt",
            schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/dateTime/pattern",
            keyword: "pattern",
            params: {
              pattern:
                "^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])T(?:[01]\\d|2[0-3]):[0-5]\\d:(?:[0-5]\\d|60)(?:\\.\\d+)?(?:Z|[+-](?:[01]\\d|2[0-3]):[0-5]\\d)$",
            },
            message:
              'must match pattern "' +
              "^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])T(?:[01]\\d|2[0-3]):[0-5]\\d:(?:[0-5]\\d|60)(?:\\.\\d+)?(?:Z|[+-](?:[01]\\d|2[0-3]):[0-5]\\d)$" +
              '"',
          };
          if (vErrors === null) {
            vErrors = [err50];
          } else {
            vErrors.push(err50);
          }
          errors++;
        }
      } else {
        const err51 = {
          instancePath: instancePath + "/submittedAt",
          schemaPath: "https://w3id.org/competence-kit/schemas/common/v1#/$defs/dateTime/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err51];
        } else {
          vErrors.push(err51);
        }
        errors++;
      }
    }
    if (data.competences !== undefined) {
      let data15 = data.competences;
      if (Array.isArray(data15)) {
        const len0 = data15.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (
            !validate177(data15[i0], {
              instancePath: instancePath + "/competences/" + i0,
              parentData: data15,
              parentDataProperty: i0,
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate177.errors : vErrors.concat(validate177.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err52 = {
          instancePath: instancePath + "/competences",
          schemaPath: "#/properties/competences/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array",
        };
        if (vErrors === null) {
          vErrors = [err52];
        } else {
          vErrors.push(err52);
        }
        errors++;
      }
    }
    if (data.summary !== undefined) {
      let data17 = data.summary;
      if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
        if (data17.answered === undefined) {
          const err53 = {
            instancePath: instancePath + "/summary",
            schemaPath: "#/$defs/resultSummary/required",
            keyword: "required",
            params: { missingProperty: "answered" },
            message: "must have required property '" + "answered" + "'",
          };
          if (vErrors === null) {
            vErrors = [err53];
          } else {
            vErrors.push(err53);
          }
          errors++;
        }
        if (data17.skipped === undefined) {
          const err54 = {
            instancePath: instancePath + "/summary",
            schemaPath: "#/$defs/resultSummary/required",
            keyword: "required",
            params: { missingProperty: "skipped" },
            message: "must have required property '" + "skipped" + "'",
          };
          if (vErrors === null) {
            vErrors = [err54];
          } else {
            vErrors.push(err54);
          }
          errors++;
        }
        if (data17.total === undefined) {
          const err55 = {
            instancePath: instancePath + "/summary",
            schemaPath: "#/$defs/resultSummary/required",
            keyword: "required",
            params: { missingProperty: "total" },
            message: "must have required property '" + "total" + "'",
          };
          if (vErrors === null) {
            vErrors = [err55];
          } else {
            vErrors.push(err55);
          }
          errors++;
        }
        if (data17.validCompetences === undefined) {
          const err56 = {
            instancePath: instancePath + "/summary",
            schemaPath: "#/$defs/resultSummary/required",
            keyword: "required",
            params: { missingProperty: "validCompetences" },
            message: "must have required property '" + "validCompetences" + "'",
          };
          if (vErrors === null) {
            vErrors = [err56];
          } else {
            vErrors.push(err56);
          }
          errors++;
        }
        if (data17.meanScore === undefined) {
          const err57 = {
            instancePath: instancePath + "/summary",
            schemaPath: "#/$defs/resultSummary/required",
            keyword: "required",
            params: { missingProperty: "meanScore" },
            message: "must have required property '" + "meanScore" + "'",
          };
          if (vErrors === null) {
            vErrors = [err57];
          } else {
            vErrors.push(err57);
          }
          errors++;
        }
        if (data17.belowTarget === undefined) {
          const err58 = {
            instancePath: instancePath + "/summary",
            schemaPath: "#/$defs/resultSummary/required",
            keyword: "required",
            params: { missingProperty: "belowTarget" },
            message: "must have required property '" + "belowTarget" + "'",
          };
          if (vErrors === null) {
            vErrors = [err58];
          } else {
            vErrors.push(err58);
          }
          errors++;
        }
        for (const key3 in data17) {
          if (!(
            key3 === "answered" ||
            key3 === "skipped" ||
            key3 === "total" ||
            key3 === "validCompetences" ||
            key3 === "meanScore" ||
            key3 === "belowTarget"
          )) {
            const err59 = {
              instancePath: instancePath + "/summary",
              schemaPath: "#/$defs/resultSummary/additionalProperties",
              keyword: "additionalProperties",
              params: { additionalProperty: key3 },
              message: "must NOT have additional properties",
            };
            if (vErrors === null) {
              vErrors = [err59];
            } else {
              vErrors.push(err59);
            }
            errors++;
          }
        }
        if (data17.answered !== undefined) {
          let data18 = data17.answered;
          if (!(typeof data18 == "number" && !(data18 % 1) && !isNaN(data18) && isFinite(data18))) {
            const err60 = {
              instancePath: instancePath + "/summary/answered",
              schemaPath: "#/$defs/resultSummary/properties/answered/type",
              keyword: "type",
              params: { type: "integer" },
              message: "must be integer",
            };
            if (vErrors === null) {
              vErrors = [err60];
            } else {
              vErrors.push(err60);
            }
            errors++;
          }
          if (typeof data18 == "number" && isFinite(data18)) {
            if (data18 < 0 || isNaN(data18)) {
              const err61 = {
                instancePath: instancePath + "/summary/answered",
                schemaPath: "#/$defs/resultSummary/properties/answered/minimum",
                keyword: "minimum",
                params: { comparison: ">=", limit: 0 },
                message: "must be >= 0",
              };
              if (vErrors === null) {
                vErrors = [err61];
              } else {
                vErrors.push(err61);
              }
              errors++;
            }
          }
        }
        if (data17.skipped !== undefined) {
          let data19 = data17.skipped;
          if (!(typeof data19 == "number" && !(data19 % 1) && !isNaN(data19) && isFinite(data19))) {
            const err62 = {
              instancePath: instancePath + "/summary/skipped",
              schemaPath: "#/$defs/resultSummary/properties/skipped/type",
              keyword: "type",
              params: { type: "integer" },
              message: "must be integer",
            };
            if (vErrors === null) {
              vErrors = [err62];
            } else {
              vErrors.push(err62);
            }
            errors++;
          }
          if (typeof data19 == "number" && isFinite(data19)) {
            if (data19 < 0 || isNaN(data19)) {
              const err63 = {
                instancePath: instancePath + "/summary/skipped",
                schemaPath: "#/$defs/resultSummary/properties/skipped/minimum",
                keyword: "minimum",
                params: { comparison: ">=", limit: 0 },
                message: "must be >= 0",
              };
              if (vErrors === null) {
                vErrors = [err63];
              } else {
                vErrors.push(err63);
              }
              errors++;
            }
          }
        }
        if (data17.total !== undefined) {
          let data20 = data17.total;
          if (!(typeof data20 == "number" && !(data20 % 1) && !isNaN(data20) && isFinite(data20))) {
            const err64 = {
              instancePath: instancePath + "/summary/total",
              schemaPath: "#/$defs/resultSummary/properties/total/type",
              keyword: "type",
              params: { type: "integer" },
              message: "must be integer",
            };
            if (vErrors === null) {
              vErrors = [err64];
            } else {
              vErrors.push(err64);
            }
            errors++;
          }
          if (typeof data20 == "number" && isFinite(data20)) {
            if (data20 < 0 || isNaN(data20)) {
              const err65 = {
                instancePath: instancePath + "/summary/total",
                schemaPath: "#/$defs/resultSummary/properties/total/minimum",
                keyword: "minimum",
                params: { comparison: ">=", limit: 0 },
                message: "must be >= 0",
              };
              if (vErrors === null) {
                vErrors = [err65];
              } else {
                vErrors.push(err65);
              }
              errors++;
            }
          }
        }
        if (data17.validCompetences !== undefined) {
          let data21 = data17.validCompetences;
          if (!(typeof data21 == "number" && !(data21 % 1) && !isNaN(data21) && isFinite(data21))) {
            const err66 = {
              instancePath: instancePath + "/summary/validCompetences",
              schemaPath: "#/$defs/resultSummary/properties/validCompetences/type",
              keyword: "type",
              params: { type: "integer" },
              message: "must be integer",
            };
            if (vErrors === null) {
              vErrors = [err66];
            } else {
              vErrors.push(err66);
            }
            errors++;
          }
          if (typeof data21 == "number" && isFinite(data21)) {
            if (data21 < 0 || isNaN(data21)) {
              const err67 = {
                instancePath: instancePath + "/summary/validCompetences",
                schemaPath: "#/$defs/resultSummary/properties/validCompetences/minimum",
                keyword: "minimum",
                params: { comparison: ">=", limit: 0 },
                message: "must be >= 0",
              };
              if (vErrors === null) {
                vErrors = [err67];
              } else {
                vErrors.push(err67);
              }
              errors++;
            }
          }
        }
        if (data17.meanScore !== undefined) {
          let data22 = data17.meanScore;
          if (!(typeof data22 == "number" && isFinite(data22)) && data22 !== null) {
            const err68 = {
              instancePath: instancePath + "/summary/meanScore",
              schemaPath: "#/$defs/resultSummary/properties/meanScore/type",
              keyword: "type",
              params: { type: schema225.properties.meanScore.type },
              message: "must be number,null",
            };
            if (vErrors === null) {
              vErrors = [err68];
            } else {
              vErrors.push(err68);
            }
            errors++;
          }
        }
        if (data17.belowTarget !== undefined) {
          let data23 = data17.belowTarget;
          if (!(typeof data23 == "number" && !(data23 % 1) && !isNaN(data23) && isFinite(data23))) {
            const err69 = {
              instancePath: instancePath + "/summary/belowTarget",
              schemaPath: "#/$defs/resultSummary/properties/belowTarget/type",
              keyword: "type",
              params: { type: "integer" },
              message: "must be integer",
            };
            if (vErrors === null) {
              vErrors = [err69];
            } else {
              vErrors.push(err69);
            }
            errors++;
          }
          if (typeof data23 == "number" && isFinite(data23)) {
            if (data23 < 0 || isNaN(data23)) {
              const err70 = {
                instancePath: instancePath + "/summary/belowTarget",
                schemaPath: "#/$defs/resultSummary/properties/belowTarget/minimum",
                keyword: "minimum",
                params: { comparison: ">=", limit: 0 },
                message: "must be >= 0",
              };
              if (vErrors === null) {
                vErrors = [err70];
              } else {
                vErrors.push(err70);
              }
              errors++;
            }
          }
        }
      } else {
        const err71 = {
          instancePath: instancePath + "/summary",
          schemaPath: "#/$defs/resultSummary/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object",
        };
        if (vErrors === null) {
          vErrors = [err71];
        } else {
          vErrors.push(err71);
        }
        errors++;
      }
    }
  } else {
    const err72 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
    };
    if (vErrors === null) {
      vErrors = [err72];
    } else {
      vErrors.push(err72);
    }
    errors++;
  }
  validate176.errors = vErrors;
  return errors === 0;
}
validate176.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
