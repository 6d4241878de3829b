// The city's framework for other systems (issue 18): coordinators' downloads for Moodle and
// CASE, and the public CASE binding whose every uri resolves.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportCasePackage, importCasePackage, type CasePackage } from '@competence-kit/model/case';
import {
  exportMoodleCsv,
  exportMoodleTemplates,
  importMoodleCsv,
} from '@competence-kit/model/moodle';
import { hashPassword } from './auth/password.js';
import { ALPHA, Browser, startApp, TEST_COST, type TestApp } from './test-support/app.js';
import { A } from './test-support/matrix.js';

let t: TestApp;
let coordinator: Browser;
beforeAll(async () => {
  t = await startApp();
  const email = 'interop-coordinator@alpha-town.example.org';
  const created = await t.store.accounts.create('alpha-town', {
    email,
    role: 'coordinator',
    passwordHash: await hashPassword('a long password', TEST_COST),
  });
  if (!created.ok) throw new Error(created.code);
  coordinator = new Browser(t.app, { 'accept-language': 'en' });
  expect((await coordinator.signIn(A, email, 'a long password')).statusCode).toBe(303);
});
afterAll(async () => t?.close());

const framework = ALPHA.framework;
const HOST = 'portal.example.org';
const CASE = `http://${HOST}${A}/ims/case/v1p0`;
/** A public request, as a CASE consumer makes it. */
const get = (path: string) =>
  t.app.inject({ method: 'GET', url: `${A}${path}`, headers: { host: HOST } });

describe('the coordinators’ downloads', () => {
  it('offer Moodle and CASE files in each city language the framework is written in', async () => {
    const page = await coordinator.get(`${A}/framework/downloads?lang=en`);
    expect(page.statusCode).toBe(200);
    const links = [...page.body.matchAll(/href="[^"]*\/framework\/downloads\/([^"]+)"/g)].map(
      (m) => m[1],
    );
    const languages = ALPHA.city.languages.filter((l) => framework.locales.includes(l));
    expect(languages.length).toBeGreaterThan(1);
    expect(links.sort()).toEqual(
      languages
        .flatMap((l) => [`moodle-${l}.csv`, `moodle-templates-${l}.csv`, `case-${l}.json`])
        .sort(),
    );
    expect(page.body).toContain(`${A}/ims/case/v1p0/CFDocuments`);
    // The framework page links to it for coordinators only.
    expect((await coordinator.get(`${A}/framework`)).body).toContain('/framework/downloads"');
    expect((await t.app.inject({ method: 'GET', url: `${A}/framework` })).body).not.toContain(
      '/framework/downloads"',
    );
  });

  it('give the city’s framework, which reads back with every competence', async () => {
    const csv = await coordinator.get(`${A}/framework/downloads/moodle-it.csv`);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers['content-disposition']).toBe('attachment; filename="moodle-it.csv"');
    expect(csv.body).toBe(exportMoodleCsv(framework, { locale: 'it' }));
    const back = importMoodleCsv(csv.body, { locale: 'it' });
    expect(back.ok && back.framework.competences.map((c) => c.id)).toEqual(
      framework.competences.map((c) => c.id),
    );
    const templates = await coordinator.get(`${A}/framework/downloads/moodle-templates-de.csv`);
    expect(templates.body).toBe(exportMoodleTemplates(framework, { locale: 'de' }));
    const json = await coordinator.get(`${A}/framework/downloads/case-de.json`);
    expect(JSON.parse(json.body).CFDocument.identifier).toBe(
      exportCasePackage(framework, { locale: 'de' }).CFDocument.identifier,
    );
    // Only the files the page lists.
    for (const file of ['moodle-fr.csv', '..%2Fpackage.json', 'case-de.json.bak'])
      expect((await coordinator.get(`${A}/framework/downloads/${file}`)).statusCode, file).toBe(
        404,
      );
  });
});

describe('the public CASE binding', () => {
  let pkg: CasePackage;
  beforeAll(async () => {
    const list = await get('/ims/case/v1p0/CFDocuments');
    expect(list.statusCode).toBe(200);
    const [document] = JSON.parse(list.body).CFDocuments as CasePackage['CFDocument'][];
    expect(document!.CFPackageURI.uri).toBe(`${CASE}/CFPackages/${document!.identifier}`);
    const response = await get(`/ims/case/v1p0/CFPackages/${document!.identifier}`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['access-control-allow-origin']).toBe('*');
    expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
    pkg = JSON.parse(response.body) as CasePackage;
  });

  it('serves the framework in the city’s default language, with stable identifiers', async () => {
    expect(pkg.CFDocument.language).toBe(ALPHA.city.defaultLanguage);
    const expected = exportCasePackage(framework, {
      locale: ALPHA.city.defaultLanguage,
      baseUri: CASE,
    });
    expect(pkg.CFItems.map((i) => [i.identifier, i.uri])).toEqual(
      expected.CFItems.map((i) => [i.identifier, i.uri]),
    );
    const back = importCasePackage(pkg);
    expect(back.ok && back.framework.competences.length).toBe(framework.competences.length);
    const italian = JSON.parse(
      (await get(`/ims/case/v1p0/CFPackages/${pkg.CFDocument.identifier}?lang=it`)).body,
    ) as CasePackage;
    expect(italian.CFDocument.language).toBe('it');
    expect(italian.CFItems.map((i) => i.identifier)).toEqual(pkg.CFItems.map((i) => i.identifier));
  });

  it('resolves every uri of the package to its object', async () => {
    const objects = [
      pkg.CFDocument,
      ...pkg.CFItems,
      ...pkg.CFAssociations,
      ...(pkg.CFRubrics ?? []),
      ...(pkg.CFDefinitions?.CFItemTypes ?? []),
      ...(pkg.CFDefinitions?.CFAssociationGroupings ?? []),
      ...(pkg.CFDefinitions?.CFLicenses ?? []),
    ];
    expect(objects.length).toBeGreaterThan(framework.competences.length * 5);
    for (const object of objects) {
      expect(object.uri.startsWith(`${CASE}/`), object.uri).toBe(true);
      const response = await get(object.uri.slice(`http://${HOST}${A}`.length));
      expect(response.statusCode, object.uri).toBe(200);
      expect(JSON.parse(response.body)).toEqual(object);
    }
    const item = pkg.CFItems.find((i) => i.CFItemType === 'Competency')!;
    const withEdges = JSON.parse(
      (await get(`/ims/case/v1p0/CFItemAssociations/${item.identifier}`)).body,
    ) as { CFItem: unknown; CFAssociations: { associationType: string }[] };
    expect(withEdges.CFItem).toEqual(item);
    expect(withEdges.CFAssociations.filter((a) => a.associationType === 'isChildOf')).toHaveLength(
      1 + framework.scale.levels.length,
    );
  });

  it('answers unknown identifiers and languages with a CASE status report', async () => {
    const missing = await get('/ims/case/v1p0/CFItems/not-an-item');
    expect(missing.statusCode).toBe(404);
    expect(JSON.parse(missing.body)).toMatchObject({
      imsx_codeMajor: 'failure',
      imsx_severity: 'error',
      imsx_CodeMinor: {
        imsx_codeMinorField: [
          { imsx_codeMinorFieldName: 'sourcedId', imsx_codeMinorFieldValue: 'unknownobject' },
        ],
      },
    });
    const language = await get(`/ims/case/v1p0/CFDocuments?lang=fr`);
    expect(language.statusCode).toBe(400);
    expect(JSON.parse(language.body).imsx_description).toContain('lang must be one of');
    const hostile = await t.app.inject({
      method: 'GET',
      url: `${A}/ims/case/v1p0/CFDocuments`,
      headers: { host: 'evil.example<script>' },
    });
    expect(hostile.statusCode).toBe(400);
  });
});
