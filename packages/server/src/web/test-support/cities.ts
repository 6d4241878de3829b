// Two invented cities for the web layer's tests, built on the shipped framework, instruments,
// catalogue and programme template. Checked against the city schema, so a fixture that drifts
// from the schema fails here rather than in a route.
import {
  catalogue,
  framework,
  programmeTemplate,
  staffSelfAssessment,
} from '@competence-kit/framework-intercultural';
import { toIssues, type City, type LocalizedText } from '@competence-kit/schemas';
import { validateCity } from '@competence-kit/schemas/validators';
import type { PortalCity } from '../page.js';

const both = (de: string, it: string): LocalizedText => ({ de, it, en: it });

function city(id: string, name: string): City {
  const value: City = {
    id,
    name: both(name, name),
    country: 'DE',
    languages: ['de', 'it', 'en'],
    defaultLanguage: 'de',
    timezone: 'Europe/Berlin',
    demo: true,
    framework: { id: framework.id, version: `^${framework.version}` },
    roleProfiles: ['front-desk', 'immigration-case-worker'],
    instruments: [
      {
        purpose: 'self-assessment',
        id: staffSelfAssessment.id,
        version: `^${staffSelfAssessment.version}`,
      },
    ],
    catalogue: { id: catalogue.id, version: `^${catalogue.version}` },
    anonymity: { minGroupSize: 5 },
    contact: {
      organisation: both(`Fortbildung ${name}`, `Formazione ${name}`),
      email: `training@${id}.example.org`,
      address: both(`Musterweg 1\n12345 ${name}`, `Via Esempio 1\n12345 ${name}`),
    },
    dataProtection: {
      controller: {
        name: both(`Stadt ${name}`, `Comune di ${name}`),
        address: both('Musterweg 1', 'Via Esempio 1'),
        email: `privacy@${id}.example.org`,
      },
      officer: { email: `dpo@${id}.example.org` },
      purposes: [
        {
          id: 'training',
          description: both('Fortbildung planen', 'Pianificare la formazione'),
          data: both('Konto, Antworten', 'Account, risposte'),
          legalBasis: 'public-task',
          retention: both('Bis zur Löschung des Kontos', 'Fino alla cancellazione'),
        },
      ],
      rights: both('Auskunft, Berichtigung, Löschung', 'Accesso, rettifica, cancellazione'),
      supervisoryAuthority: {
        name: both('Landesbeauftragte', 'Garante'),
        url: 'https://example.org/dpa',
      },
      updated: '2026-12-01',
    },
  };
  if (!validateCity(value)) throw new Error(JSON.stringify(toIssues(validateCity.errors)));
  return value;
}

/** A city for the tests, with the shipped documents and its own copy of the programme. */
export function testCity(id: string, name: string): PortalCity {
  return {
    city: city(id, name),
    framework,
    instruments: [{ purpose: 'self-assessment', instrument: staffSelfAssessment }],
    catalogue,
    // The first session takes one person, so that a full session can be tested.
    programme: {
      ...programmeTemplate,
      id: `${id}-2027`,
      territory: id,
      sessions: programmeTemplate.sessions.map((s, i) => (i === 0 ? { ...s, capacity: 1 } : s)),
    },
  };
}
