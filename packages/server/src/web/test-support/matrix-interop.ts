// The interop area's rows of the role matrix: the downloads of the city's framework for Moodle
// and CASE are for coordinators and admins; the CASE binding is public (a learning platform
// subscribes to it without an account), so everyone gets the same answer: the list of
// documents, and 404 for an identifier the package does not have. What the routes return is
// tested in interop.test.ts.
import { CASE_KINDS } from '../routes/interop.js';
import { coordinating, everyone, type MatrixArea } from './matrix.js';

const CASE = '/ims/case/v1p0';
const NONE = '00000000-0000-5000-8000-000000000000';
const KINDS = ['CFPackages', 'CFItemAssociations', ...CASE_KINDS];

export const interopMatrix: MatrixArea = {
  registered: {
    '/framework/downloads/moodle-de.csv': '/framework/downloads/:file',
    '/framework/downloads/nothing.csv': '/framework/downloads/:file',
    ...Object.fromEntries(KINDS.map((k) => [`${CASE}/${k}/${NONE}`, `${CASE}/${k}/:id`])),
  },
  rows: [
    { method: 'GET', path: '/framework/downloads', ...coordinating(200) },
    { method: 'GET', path: '/framework/downloads/moodle-de.csv', ...coordinating(200) },
    { method: 'GET', path: '/framework/downloads/nothing.csv', ...coordinating(404) },
    { method: 'GET', path: `${CASE}/CFDocuments`, ...everyone(200) },
    ...KINDS.map((k) => ({ method: 'GET', path: `${CASE}/${k}/${NONE}`, ...everyone(404) })),
  ],
};
