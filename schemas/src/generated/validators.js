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
export const validateLocalizedText = validate24;
