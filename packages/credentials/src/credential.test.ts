import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Catalogue, Framework } from '@competence-kit/schemas';
import { Ajv2019 } from 'ajv/dist/2019.js';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { competenceUri, ESCO_SKILL_PREFIX } from './alignment.js';
import { issueCredential } from './credential.js';
import type { IssueCredentialInput, OpenBadgeCredential } from './credential.types.js';
import { isDateTime, isUri } from './formats.js';
import { hashIdentity, identityMatches } from './identity.js';
import { ed25519Signer } from './node-signer.js';
import { signCredential } from './sign.js';

const here = import.meta.dirname;
const FRAMEWORK_PATH = join(here, '../../framework-intercultural/content/framework.json');
// 1EdTech's Open Badges 3.0 JSON Schemas are outside reference data that the repository does not
// ship: COMPETENCE_KIT_REFERENCE_DATA names the folder that holds them (CI sets it). Without it,
// only the check against those schemas is skipped, and the run says so.
const REFERENCE_DATA = process.env.COMPETENCE_KIT_REFERENCE_DATA;
const OB_SCHEMAS = REFERENCE_DATA ? join(REFERENCE_DATA, 'openbadges-3.0') : undefined;
const OB_FILES = ['achievementcredential.schema.json', 'profile.schema.json'];
const obMissing = !OB_SCHEMAS
  ? 'COMPETENCE_KIT_REFERENCE_DATA is not set'
  : OB_FILES.filter((f) => !existsSync(join(OB_SCHEMAS, f)))
      .map((f) => `${join(OB_SCHEMAS, f)} does not exist`)
      .join('; ');
if (obMissing)
  console.warn(
    `[credential.test] Skipping the check against 1EdTech's Open Badges 3.0 JSON Schemas: ${obMissing}. ` +
      'Set COMPETENCE_KIT_REFERENCE_DATA to a folder with openbadges-3.0/achievementcredential.schema.json and profile.schema.json.',
  );
const framework = (): Framework => JSON.parse(readFileSync(FRAMEWORK_PATH, 'utf8')) as Framework;
const catalogue = (): Catalogue =>
  JSON.parse(readFileSync(join(here, 'fixtures/catalogue.json'), 'utf8')) as Catalogue;

// Ajv 8 (a devDependency of this package) with the 2019-09 dialect the 1EdTech schemas use.
// Formats are not asserted by Ajv (ajv-formats is not installed); the date-time and URI fields
// are checked below with the package's own checks.
interface Validator {
  (data: unknown): boolean;
  errors?: unknown[] | null;
}
let validateCredential: Validator;
let validateProfile: Validator;
beforeAll(() => {
  if (!OB_SCHEMAS || obMissing) return;
  const ajv = new Ajv2019({ allErrors: true, validateFormats: false, strictTuples: false });
  const load = (file: string) => JSON.parse(readFileSync(join(OB_SCHEMAS, file), 'utf8')) as object;
  validateCredential = ajv.compile(load('achievementcredential.schema.json'));
  validateProfile = ajv.compile(load('profile.schema.json'));
});

const ISSUER = {
  id: 'https://www.offenbach.de',
  name: 'Stadt Offenbach am Main',
  url: 'https://www.offenbach.de',
  email: 'fortbildung@offenbach.de',
};
const RANDOM = Uint8Array.from({ length: 16 }, (_, i) => i * 17);

function input(overrides: Partial<IssueCredentialInput> = {}): IssueCredentialInput {
  return {
    framework: framework(),
    catalogue: catalogue(),
    module: 'de-escalation-at-the-counter',
    issuer: ISSUER,
    earner: { id: 'urn:uuid:2f0e1c7a-5b3d-4e8f-9a6b-1c2d3e4f5a6b' },
    completedAt: '2026-03-12T16:00:00+01:00',
    locale: 'de',
    random: RANDOM,
    ...overrides,
  };
}

function issue(overrides: Partial<IssueCredentialInput> = {}): OpenBadgeCredential {
  const result = issueCredential(input(overrides));
  if (!result.ok) throw new Error(JSON.stringify(result.issues, null, 2));
  return result.value;
}

/** Every string field the OB 3.0 model types as DateTimeZ or URI, checked without Ajv formats. */
function checkFormats(credential: OpenBadgeCredential): void {
  expect(isDateTime(credential.validFrom)).toBe(true);
  const achievement = credential.credentialSubject.achievement;
  const uris = [
    credential.id,
    credential.issuer.id,
    credential.issuer.url,
    credential.credentialSubject.id,
    achievement.id,
    ...(achievement.alignment ?? []).map((a) => a.targetUrl),
    ...(achievement.resultDescription ?? []).flatMap((d) => [
      d.id,
      ...d.rubricCriterionLevel.map((l) => l.id),
    ]),
    ...(credential.credentialSubject.result ?? []).flatMap((r) => [
      r.resultDescription,
      r.achievedLevel,
    ]),
    ...(credential.proof ?? []).map((p) => p.verificationMethod),
  ].filter((u) => u !== undefined);
  for (const uri of uris) expect(isUri(uri), uri).toBe(true);
  for (const proof of credential.proof ?? []) expect(isDateTime(proof.created)).toBe(true);
}

describe('issueCredential', () => {
  it.skipIf(obMissing)(
    'issues a credential that the OB 3.0 JSON Schema accepts, signed or not',
    async () => {
      const identity = await hashIdentity('m.weber@offenbach.de', 'f3a9c1d2e4b5a697');
      const credential = issue({
        earner: { identifier: [identity] },
        levels: { 'de-escalation-conflict-handling': 'practitioner' },
      });
      expect(validateCredential(credential), JSON.stringify(validateCredential.errors)).toBe(true);
      expect(validateProfile(credential.issuer), JSON.stringify(validateProfile.errors)).toBe(true);
      checkFormats(credential);

      const signed = await signCredential(credential, ed25519Signer(new Uint8Array(32).fill(7)), {
        created: '2026-03-12T16:05:00Z',
      });
      expect(signed.ok).toBe(true);
      if (!signed.ok) return;
      expect(validateCredential(signed.value), JSON.stringify(validateCredential.errors)).toBe(
        true,
      );
      checkFormats(signed.value);

      // The schema is live: without criteria, or with a single proof object, it refuses.
      const { criteria: _criteria, ...noCriteria } = credential.credentialSubject.achievement;
      const broken = {
        ...credential,
        credentialSubject: { ...credential.credentialSubject, achievement: noCriteria },
      };
      expect(validateCredential(broken)).toBe(false);
      expect(validateCredential({ ...signed.value, proof: signed.value.proof[0] })).toBe(false);
    },
  );

  it('writes the credential, the issuer and the achievement in the requested language', () => {
    const credential = issue();
    expect(credential['@context']).toEqual([
      'https://www.w3.org/ns/credentials/v2',
      'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
    ]);
    expect(credential.type).toEqual(['VerifiableCredential', 'OpenBadgeCredential']);
    expect(credential.issuer).toEqual({ ...ISSUER, type: ['Profile'] });
    expect(credential.validFrom).toBe('2026-03-12T16:00:00+01:00');
    expect(credential.name).toBe('Deeskalation am Schalter');
    expect(credential.credentialSubject).toMatchObject({
      id: 'urn:uuid:2f0e1c7a-5b3d-4e8f-9a6b-1c2d3e4f5a6b',
      type: ['AchievementSubject'],
    });
    expect(credential.credentialSubject.achievement).toMatchObject({
      id: 'https://www.offenbach.de/fortbildung/katalog-2026/modules/de-escalation-at-the-counter',
      type: ['Achievement'],
      achievementType: 'Course',
      name: 'Deeskalation am Schalter',
      inLanguage: 'de',
      humanCode: 'de-escalation-at-the-counter',
      fieldOfStudy: 'Interkultureller Kompetenzrahmen für die öffentliche Verwaltung',
      version: '2026.1.0',
    });
    expect(credential.credentialSubject.achievement.criteria.narrative).toMatch(
      /^Die Teilnehmenden erkennen Anzeichen von Eskalation/,
    );
  });

  it('makes a UUID v4 from the random bytes, and is deterministic', () => {
    const credential = issue();
    expect(credential.id).toBe('urn:uuid:00112233-4455-4677-8899-aabbccddeeff');
    expect(issueCredential(input())).toEqual(issueCredential(input()));
    expect(issue({ random: new Uint8Array(16).fill(255) }).id).toBe(
      'urn:uuid:ffffffff-ffff-4fff-bfff-ffffffffffff',
    );
    expect(issue({ id: 'urn:uuid:58172aac-d8ba-11ed-83dd-0b3aef56cc33' }).id).toBe(
      'urn:uuid:58172aac-d8ba-11ed-83dd-0b3aef56cc33',
    );
  });

  it('falls back to the framework’s default locale for a missing translation', () => {
    const credential = issue({ locale: 'it' }); // the catalogue is in de and en only
    const achievement = credential.credentialSubject.achievement;
    expect(achievement.name).toBe('De-escalation at the counter');
    expect(achievement.inLanguage).toBe('en');
    // The framework itself is translated into Italian.
    expect(achievement.alignment?.[0]?.targetName).toBe(
      framework().competences.find((c) => c.id === 'de-escalation-conflict-handling')?.title.it,
    );
  });

  it('picks the achievement type by format', () => {
    const typeOf = (module: string) =>
      issue({ module }).credentialSubject.achievement.achievementType;
    expect(typeOf('de-escalation-at-the-counter')).toBe('Course'); // workshop
    expect(typeOf('working-with-interpreters')).toBe('Course'); // e-learning
    expect(typeOf('peer-exchange-diversity')).toBe('LearningProgram');
    expect(typeOf('shadowing-at-the-foreigners-authority')).toBe('Fieldwork');
  });
});

describe('alignments', () => {
  const fw = framework();
  const escoOf = (competence: string, relations: string[]) =>
    (fw.mappings ?? [])
      .filter(
        (m) =>
          m.competence === competence &&
          relations.includes(m.relation) &&
          m.target.startsWith(ESCO_SKILL_PREFIX),
      )
      .map((m) => m.target);

  it('aligns each competence the module develops, with its URI', () => {
    const alignment = issue({ locale: 'en' }).credentialSubject.achievement.alignment ?? [];
    const competence = fw.competences.find((c) => c.id === 'de-escalation-conflict-handling')!;
    expect(alignment[0]).toEqual({
      type: ['Alignment'],
      targetName: competence.title.en,
      targetUrl: `${fw.id}#de-escalation-conflict-handling`,
      targetFramework: 'Intercultural Competence Framework for Public Administration',
      targetCode: 'de-escalation-conflict-handling',
      targetType: 'ext:CompetenceKitCompetence',
      targetDescription: competence.description?.en,
    });
    expect(alignment[1]?.targetCode).toBe('active-listening-clarification');
    expect(competenceUri(fw, { ...competence, uri: 'https://example.org/c/1' })).toBe(
      'https://example.org/c/1',
    );
  });

  it('adds the ESCO skills of close and exact matches, and only those by default', () => {
    const alignment = issue().credentialSubject.achievement.alignment ?? [];
    const esco = alignment.filter((a) => a.targetType === 'ext:ESCOSkill');
    const expected = [
      ...escoOf('de-escalation-conflict-handling', ['exactMatch', 'closeMatch']),
      ...escoOf('active-listening-clarification', ['exactMatch', 'closeMatch']),
    ];
    expect(expected.length).toBeGreaterThan(0);
    expect(esco.map((a) => a.targetUrl)).toEqual(expected);
    // "apply conflict management" is ESCO's close match of our de-escalation competence.
    expect(esco).toContainEqual({
      type: ['Alignment'],
      targetName: 'apply conflict management',
      targetUrl: `${ESCO_SKILL_PREFIX}0ee94af1-b445-4973-9c3f-459fab250342`,
      targetFramework: 'ESCO',
      targetCode: '0ee94af1-b445-4973-9c3f-459fab250342',
      targetType: 'ext:ESCOSkill',
    });
    // Active listening only has a broader and a related ESCO skill: left out by default…
    expect(escoOf('active-listening-clarification', ['broadMatch']).length).toBeGreaterThan(0);
    const wider = issue({ escoRelations: ['exactMatch', 'closeMatch', 'broadMatch'] });
    const widerUrls = (wider.credentialSubject.achievement.alignment ?? []).map((a) => a.targetUrl);
    // …and in when asked for.
    for (const url of escoOf('active-listening-clarification', ['broadMatch']))
      expect(widerUrls).toContain(url);
  });

  it('adds no ESCO alignment for competences without ESCO mappings', () => {
    const module = catalogue().modules.find((m) => m.id === 'working-with-interpreters')!;
    for (const { competence } of module.competences) {
      expect(
        escoOf(competence, ['exactMatch', 'closeMatch', 'broadMatch', 'narrowMatch', 'related']),
      ).toEqual([]);
    }
    const alignment = issue({ module: module.id }).credentialSubject.achievement.alignment ?? [];
    expect(alignment.map((a) => a.targetType)).toEqual([
      'ext:CompetenceKitCompetence',
      'ext:CompetenceKitCompetence',
    ]);
  });
});

describe('earner and results', () => {
  it('hashes an e-mail address as OB 3.0 specifies', async () => {
    // OB 3.0 data model, IdentityHash: 'sha256$b5809d8a…f399' is SHA-256 of 'a@example.comKosher'.
    const identity = await hashIdentity('a@example.com', 'Kosher');
    expect(identity).toEqual({
      type: 'IdentityObject',
      hashed: true,
      identityHash: 'sha256$b5809d8a92f8858436d7e6b87c12ebc0ae1eac4baecc2c0b913aee2c922ef399',
      identityType: 'emailAddress',
      salt: 'Kosher',
    });
    expect(await identityMatches(identity, 'a@example.com')).toBe(true);
    expect(await identityMatches(identity, 'b@example.com')).toBe(false);
    expect(await identityMatches({ identityHash: 'md5$abc' }, 'a@example.com')).toBe(false);
  });

  it('names the earner by hashed identity without an id', async () => {
    const identity = await hashIdentity('m.weber@offenbach.de', 'c0ffee');
    const subject = issue({ earner: { identifier: [identity] } }).credentialSubject;
    expect(subject.id).toBeUndefined();
    expect(subject.identifier).toEqual([identity]);
  });

  it('records the level reached against a rubric of the framework’s scale', () => {
    const credential = issue({ levels: { 'de-escalation-conflict-handling': 'practitioner' } });
    const { achievement, result } = credential.credentialSubject;
    const [description] = achievement.resultDescription ?? [];
    const base = `${achievement.id}/results/de-escalation-conflict-handling`;
    expect(description).toMatchObject({ id: base, resultType: 'RubricCriterionLevel' });
    expect(description?.rubricCriterionLevel.map((l) => l.level)).toEqual([
      'foundation',
      'practitioner',
      'advanced',
      'expert',
    ]);
    const competence = framework().competences.find(
      (c) => c.id === 'de-escalation-conflict-handling',
    )!;
    expect(description?.rubricCriterionLevel[1]?.description).toBe(
      competence.descriptors.practitioner?.de,
    );
    expect(result).toEqual([
      { type: ['Result'], resultDescription: base, achievedLevel: `${base}/levels/practitioner` },
    ]);
    expect(description?.rubricCriterionLevel.map((l) => l.id)).toContain(
      result?.[0]?.achievedLevel,
    );
    expect(issue().credentialSubject.result).toBeUndefined();
  });
});

describe('bad input', () => {
  const codesAt = (overrides: Partial<IssueCredentialInput> | Record<string, unknown>) => {
    const result = issueCredential({ ...input(), ...overrides } as IssueCredentialInput);
    expect(result.ok).toBe(false);
    return result.ok ? [] : result.issues.map((i) => `${i.path} ${i.code}`);
  };

  it('checks a hostile catalogue within the limits: 8,000 empty modules give a capped list', () => {
    const hostile = { ...catalogue(), modules: Array.from({ length: 8000 }, () => ({})) };
    const result = issueCredential({ ...input(), catalogue: hostile } as IssueCredentialInput);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const fromCatalogue = result.issues.filter((i) => i.path.startsWith('/catalogue'));
    expect(fromCatalogue.length).toBeLessThanOrEqual(101);
    expect(fromCatalogue.at(-1)!.code).toBe('too-many-issues');
    const deep = codesAt({
      catalogue: { ...catalogue(), extra: JSON.parse('['.repeat(40) + ']'.repeat(40)) },
    });
    expect(deep).toContain(
      '/catalogue/extra/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0 depth-limit-exceeded',
    );
  });

  it('reports a competence the framework does not know, with its path', () => {
    const cat = catalogue();
    cat.modules[0]!.competences[0]!.competence = 'intercultural-telepathy';
    expect(codesAt({ catalogue: cat })).toEqual([
      '/catalogue/modules/0/competences/0/competence unknown-reference',
    ]);
  });

  it('reports an unknown module, level or framework', () => {
    expect(codesAt({ module: 'juggling' })).toEqual(['/module unknown-reference']);
    const cat = catalogue();
    cat.modules[1]!.competences[0]!.upTo = 'grand-master';
    expect(codesAt({ catalogue: cat, module: 'working-with-interpreters' })).toEqual([
      '/catalogue/modules/1/competences/0/upTo unknown-reference',
    ]);
    const other = catalogue();
    other.framework.id = 'https://example.org/frameworks/other';
    expect(codesAt({ catalogue: other })).toEqual(['/catalogue/framework/id framework-mismatch']);
    const newer = catalogue();
    newer.framework.version = '^2.0.0';
    expect(codesAt({ catalogue: newer })).toEqual([
      '/catalogue/framework/version framework-version-mismatch',
    ]);
    expect(codesAt({ levels: { 'plain-language-communication': 'expert' } })).toEqual([
      '/levels/plain-language-communication unknown-reference',
    ]);
    expect(codesAt({ levels: { 'de-escalation-conflict-handling': 'guru' } })).toEqual([
      '/levels/de-escalation-conflict-handling unknown-reference',
    ]);
  });

  it('takes a catalogue written for the framework that a city’s framework extends', () => {
    const city: Framework = {
      ...framework(),
      id: 'https://example.org/cities/somewhere/framework',
      version: '1.0.0',
      extends: { id: framework().id, version: framework().version },
    };
    const issued = issueCredential({ ...input(), framework: city });
    expect(issued.ok, JSON.stringify(!issued.ok && issued.issues)).toBe(true);
    // The extended base must still be the one the catalogue is for, in a version it accepts.
    const elsewhere = { ...city, extends: { id: 'https://example.org/other', version: '1.0.0' } };
    expect(codesAt({ framework: elsewhere })).toEqual([
      '/catalogue/framework/id framework-mismatch',
    ]);
    const old = { ...city, extends: { id: framework().id, version: '0.1.0' } };
    expect(codesAt({ framework: old })).toEqual([
      '/catalogue/framework/version framework-version-mismatch',
    ]);
    // A competence the extension removed is not found in the city's framework.
    const removed: Framework = {
      ...city,
      competences: city.competences.filter((c) => c.id !== 'plain-language-communication'),
      roleProfiles: city.roleProfiles?.map((p) => {
        const { 'plain-language-communication': _gone, ...targets } = p.targets;
        return { ...p, targets };
      }),
      mappings: city.mappings?.filter((m) => m.competence !== 'plain-language-communication'),
    };
    const cat = catalogue();
    const at = cat.modules.findIndex((m) =>
      m.competences.some((c) => c.competence === 'plain-language-communication'),
    );
    expect(at).toBeGreaterThanOrEqual(0);
    expect(codesAt({ framework: removed, catalogue: cat, module: cat.modules[at]!.id })).toContain(
      `/catalogue/modules/${at}/competences/${cat.modules[at]!.competences.findIndex((c) => c.competence === 'plain-language-communication')}/competence unknown-reference`,
    );
  });

  it('reports invalid dates', () => {
    for (const completedAt of [
      '2026-02-29T10:00:00Z', // 2026 is not a leap year
      '2026-04-31T10:00:00Z',
      '2026-03-12T16:00:00', // no offset
      '2026-03-12',
      '12.03.2026',
      '',
    ]) {
      expect(codesAt({ completedAt }), completedAt).toEqual(['/completedAt invalid-date']);
    }
    expect(issueCredential(input({ completedAt: '2028-02-29T10:00:00Z' })).ok).toBe(true);
  });

  it('reports issuer, earner, locale and id problems', () => {
    expect(codesAt({ issuer: { id: 'Stadt Offenbach', name: '' } })).toEqual([
      '/issuer/id invalid-format',
      '/issuer/name empty',
    ]);
    expect(codesAt({ earner: {} })).toEqual(['/earner required']);
    expect(
      codesAt({
        earner: {
          identifier: [
            {
              type: 'IdentityObject',
              hashed: false,
              identityHash: 'm.weber@offenbach.de',
              identityType: 'emailAddress',
            },
          ],
        },
      } as unknown as Partial<IssueCredentialInput>),
    ).toEqual([
      '/earner/identifier/0/hashed unhashed-identity',
      '/earner/identifier/0/identityHash invalid-format',
    ]);
    expect(codesAt({ earner: { id: 'mailto:m.weber@offenbach.de' } })).toEqual([
      '/earner/id unhashed-identity',
    ]);
    expect(
      codesAt({
        earner: {
          identifier: [
            {
              type: 'IdentityObject',
              hashed: true,
              identityHash: `sha256$${'0'.repeat(64)}`,
              identityType: 'email',
            },
          ],
        },
      } as unknown as Partial<IssueCredentialInput>),
    ).toEqual(['/earner/identifier/0/identityType invalid-value']);
    expect(codesAt({ locale: 'deutsch!' })).toEqual(['/locale invalid-locale']);
    expect(codesAt({ random: undefined })).toEqual(['/id required']);
    expect(codesAt({ random: new Uint8Array(8) })).toEqual(['/random invalid-value']);
    expect(
      codesAt({ escoRelations: ['sameAs'] } as unknown as Partial<IssueCredentialInput>),
    ).toEqual(['/escoRelations invalid-value']);
  });

  it('reports a framework or catalogue that breaks its schema', () => {
    const fw = framework() as unknown as Record<string, unknown>;
    delete fw.scale;
    expect(codesAt({ framework: fw as unknown as Framework })).toEqual([
      '/framework/scale required',
    ]);
    const cat = catalogue() as unknown as { modules: { format: string }[] };
    cat.modules[0]!.format = 'séance';
    expect(codesAt({ catalogue: cat as unknown as Catalogue })).toContain(
      '/catalogue/modules/0/format invalid-value',
    );
  });

  it('never throws on junk, and says where the problem is', () => {
    const valid = input() as unknown as Record<string, unknown>;
    const keys = Object.keys(valid);
    const junk = fc.anything({
      withBigInt: true,
      withDate: true,
      withMap: true,
      withTypedArray: true,
    });
    fc.assert(
      fc.property(
        fc.oneof(
          junk,
          fc.record({ key: fc.constantFrom(...keys), value: junk }).map(({ key, value }) => ({
            ...valid,
            [key]: value,
          })),
        ),
        (value) => {
          const result = issueCredential(value as IssueCredentialInput);
          if (result.ok) return; // junk can happen to be valid (e.g. another locale)
          expect(result.issues.length).toBeGreaterThan(0);
          for (const issue of result.issues) {
            expect(issue.path === '' || issue.path.startsWith('/')).toBe(true);
            expect(issue.code).toMatch(/^[a-z]+(-[a-z]+)*$/);
            expect(issue.message.length).toBeGreaterThan(0);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('turns a throwing getter into an issue', () => {
    const trap = input() as unknown as Record<string, unknown>;
    Object.defineProperty(trap, 'completedAt', {
      get() {
        throw new Error('no clock');
      },
    });
    const result = issueCredential(trap as unknown as IssueCredentialInput);
    expect(result).toEqual({
      ok: false,
      issues: [expect.objectContaining({ code: 'unreadable-input' })],
    });
  });
});
