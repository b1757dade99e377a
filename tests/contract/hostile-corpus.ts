import { describe, expect, it } from 'vitest';
import {
  accountPageSchema,
  endedPageSchema,
  historyPageSchema,
  problemSchema,
  type Account,
} from '../../src/api/contract';
import { teamSchema } from '../../src/api/team-contract';
import { staffTeamSchema, staffTeamsSchema } from '../../src/api/teams-contract';
import type { ContractTarget } from './contract-target';

/** One request a hostile client might send. */
interface HostileCase {
  label: string;
  method: string;
  path: string;
  body?: BodyInit;
  contentType?: string | null;
}

const b64 = (text: string) =>
  Buffer.from(text, 'latin1').toString('base64').replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

/** Cursors made by hand or corrupted: none of these was ever handed out by the API. */
function badCursors(): string[] {
  return [
    '',
    '!!!',
    '%00',
    'a'.repeat(5_000),
    b64('x|y'),
    b64('2026-01-01T00:00:00.000Z'),
    b64('2026-01-01T00:00:00.000Z|AC-100001|extra'),
    b64('1|AC-100001'),
    b64('2026|AC-100001'),
    b64('2026-13-45T00:00:00.000Z|AC-100001'),
    b64('+275760-09-13T00:00:00.000Z|AC-100001'),
    b64('2026-01-01T00:00:00.000Z|\u0000'),
    b64('2026-01-01\u0000|AC-100001'),
    b64('2026-01-01T00:00:00.000Z|AC-100001\u0000'),
    b64('2026-01-01|x'),
    b64('2026-02-30|AC-100001'),
    b64('2026-01-01T00:00:00.000Z|abc'),
    b64('2026-01-01T00:00:00.000Z|99999999999999999999999'),
    b64('2026-01-01T00:00:00.000Z|-1'),
    b64('Tue, 01 Jan 2026 00:00:00 GMT|AC-100001'),
    b64("2026-01-01T00:00:00.000Z|' or 1=1 --"),
    b64('||'),
    '\u00e9t\u00e9',
    'YQ',
  ];
}

const badLimits = [
  '0',
  '-1',
  '1.5',
  '201',
  '1e3',
  '1e400',
  'abc',
  '',
  ' ',
  '0x10',
  '%00',
  'NaN',
  'Infinity',
  '9'.repeat(40),
];

/** Path segments where an account number belongs, none of them an account of this MSP. */
const oddNumbers = [
  '%00',
  'AC-100001%00',
  'AC-%00100001',
  '%01',
  'AC-100001%0A',
  '%E2%80%8BAC-100001',
  '%E2%80%AE',
  `AC-${'9'.repeat(600)}`,
  '%3Cscript%3Ealert(1)%3C%2Fscript%3E',
  '%ZZ',
  '%C0%AE',
  '..%2F..%2Fsummary',
  '__proto__',
  'constructor',
  'AC-%EF%BC%91%EF%BC%90%EF%BC%90%EF%BC%90%EF%BC%90%EF%BC%91',
  "AC-100001'%20or%20'1'%3D'1",
  'AC-1e9',
  // A collection route's name is an account number only where it stands alone (GET /accounts/bulk is 404 too).
  'bulk',
  'export.csv%2F..',
];

const accountRoutes: Array<[method: string, suffix: string]> = [
  ['GET', ''],
  ['GET', '/history'],
  ['GET', '/export'],
  ['GET', '/seat-change?seats=3'],
  ['POST', '/upgrade'],
  ['POST', '/extend-trial'],
  ['POST', '/end-trial'],
  ['POST', '/seats'],
  ['DELETE', '/pending-seats'],
  ['POST', '/cancel'],
  ['POST', '/resume'],
  ['POST', '/remove'],
  ['POST', '/restore'],
  ['POST', '/open'],
  ['GET', '/assignments'],
  ['PUT', '/assignments/1'],
  ['DELETE', '/assignments/1'],
  ['GET', '/teams'],
  ['PUT', '/teams/team-1'],
  ['DELETE', '/teams/team-1'],
];

/** Staff ids no MSP has: malformed, overlong, or well-formed and unknown. */
const oddStaffIds = [
  '%00',
  '%01',
  'x'.repeat(100),
  '%3Cb%3Ehi%3C%2Fb%3E',
  "1'%20or%20'1'%3D'1",
  '99999999999999999999999',
  '-1',
  '0',
  '1.5',
  '%E2%80%8B1',
  '__proto__',
  'no-such-staff',
  '987654321',
];

const malformedJson = [
  '{',
  '{"email":',
  '[',
  '"',
  'nul',
  '{"email":"a@b.co",}',
  "{'email':'a@b.co'}",
  '\u0000',
  ' ',
  'NaN',
  '{"a":1}{"a":2}',
  '\ufeff{}',
];

/** Values of the wrong type, and numbers no seat count or day count can be. */
const wrongValues: unknown[] = [null, true, [], {}, '5', '', 1.5, -1, -0.5, 1e21, 2 ** 31, 2 ** 53 + 2, 1e308];

function rawJson(value: unknown): string {
  return JSON.stringify(value);
}

/** At least 300 requests over every route that no API may answer with a 500 or a change. */
export function hostileCases(
  accounts: { trial: Account; paid: Account; expired: Account },
  /** A team of this MSP, so that bodies and ids are refused on a team that exists. */
  teamId: string,
): HostileCase[] {
  const cases: HostileCase[] = [];
  const post = (label: string, path: string, body: string, contentType: string | null = 'application/json') =>
    cases.push({ label, method: 'POST', path, body, contentType });

  // The board list, Activity, an account's history and the removed-and-cancelled list: cursors and limits.
  const lists = [
    '/api/v1/accounts?status=paid&',
    '/api/v1/activity?',
    `/api/v1/accounts/${accounts.paid.accountNumber}/history?`,
    '/api/v1/ended-accounts?',
  ];
  for (const list of lists) {
    for (const cursor of badCursors())
      cases.push({ label: `cursor on ${list}`, method: 'GET', path: `${list}cursor=${encodeURIComponent(cursor)}` });
    cases.push({ label: `raw NUL cursor on ${list}`, method: 'GET', path: `${list}cursor=%00` });
    for (const limit of badLimits)
      cases.push({ label: `limit ${limit} on ${list}`, method: 'GET', path: `${list}limit=${limit}` });
  }
  // Activity's filters, on the page and on the CSV export.
  const activityFilters: Array<[field: string, values: string[]]> = [
    ['action', ['', 'DROP%20TABLE', '%00', 'Upgraded', 'a'.repeat(60), '__proto__%00', '%3Cb%3E']],
    ['account', ['', '%00', 'AC-1%00', 'AC 1', `AC-${'9'.repeat(60)}`, '%E2%80%AE', "AC-1'%20or%20'1'%3D'1"]],
    ['actor', ['', '%20', '%00', 'a%00b', 'x'.repeat(300), '%1B%5B31m', 'bell%07']],
    ['from', ['', 'x', '2026-02-30', '2026-13-01', '0000-01-01', '9999-12-31', '+275760-09-13', '2026-1-1', '%00']],
    ['to', ['', 'yesterday', '2026-11-31', '1969-12-31', '10000-01-01', '2026-01-01T00:00:00Z']],
  ];
  for (const list of ['/api/v1/activity?', '/api/v1/activity/export?'])
    for (const [field, values] of activityFilters)
      for (const value of values)
        cases.push({
          label: `${field}=${value.slice(0, 20)} on ${list}`,
          method: 'GET',
          path: `${list}${field}=${value}`,
        });
  cases.push({ label: 'upside-down range', method: 'GET', path: '/api/v1/activity?from=2026-11-10&to=2026-11-09' });
  cases.push({
    label: 'upside-down export',
    method: 'GET',
    path: '/api/v1/activity/export?from=2026-11-10&to=2026-11-09',
  });

  // The alerts: the digest setting takes one boolean, strictly; reading is a body-less action.
  const settings = '/api/v1/alerts/settings';
  const put = (label: string, body: string, contentType: string | null = 'application/json') =>
    cases.push({ label, method: 'PUT', path: settings, body, contentType });
  for (const text of malformedJson) put(`alert settings: malformed ${JSON.stringify(text)}`, text);
  for (const value of [...wrongValues.filter((value) => typeof value !== 'boolean'), 'true', 1, 0])
    put(`alert settings: digest ${JSON.stringify(value)}`, rawJson({ digest: value }));
  put('alert settings: extra field', rawJson({ digest: true, lastReadAt: null }));
  put('alert settings: __proto__', '{"digest":true,"__proto__":{"admin":true}}');
  put('alert settings: missing field', '{}');
  put('alert settings: text/plain', rawJson({ digest: true }), 'text/plain; charset=application/json');
  post('alerts read: cross-site text/plain', '/api/v1/alerts/read', 'x', 'text/plain');
  cases.push({ label: 'alerts read: GET', method: 'DELETE', path: '/api/v1/alerts/read' });

  for (const status of ['', 'gold', '%00', 'PAID', 'paid%00', 'cancelled', 'removed', '__proto__'])
    cases.push({ label: `status ${status}`, method: 'GET', path: `/api/v1/accounts?status=${status}` });
  for (const seats of ['', 'x', '1.5', '-1', '1e400', '%00', '100001', '9007199254740993', '0x10'])
    cases.push({
      label: `seat preview ${seats}`,
      method: 'GET',
      path: `/api/v1/accounts/${accounts.paid.accountNumber}/seat-change?seats=${seats}`,
    });

  // Odd path segments on every route with an account number.
  for (const number of oddNumbers)
    for (const [method, suffix] of accountRoutes) {
      const path = `/api/v1/accounts/${number}${suffix}`;
      if (method === 'POST') post(`${method} ${path}`, path, rawJson({ seats: 3, days: 7 }));
      else cases.push({ label: `${method} ${path}`, method, path });
    }
  for (const path of [
    '/api/v1/',
    '/api/v1/%00',
    '/api/v1/<b>hi</b>',
    `/api/v1/${'x'.repeat(10_000)}`,
    '/api/v1//accounts',
  ])
    cases.push({ label: `GET ${path.slice(0, 40)}`, method: 'GET', path });
  for (const [method, path] of [
    ['PUT', '/api/v1/accounts'],
    ['PATCH', '/api/v1/summary'],
    ['DELETE', '/api/v1/accounts'],
  ] as const)
    cases.push({ label: `${method} ${path}`, method, path, body: '{}', contentType: 'application/json' });

  // Adding a customer: malformed JSON, wrong types, extra fields, text PostgreSQL cannot store, look-alikes.
  const create = '/api/v1/accounts';
  const valid = { email: 'hostile@corpus.example', organizationName: 'Hostile Corpus Ltd' };
  for (const text of malformedJson) post(`create: malformed ${JSON.stringify(text)}`, create, text);
  for (const value of wrongValues) {
    post(`create: email ${JSON.stringify(value)}`, create, rawJson({ ...valid, email: value }));
    // "5" is a fine name; every other value here is not a name at all.
    if (value !== '5')
      post(`create: name ${JSON.stringify(value)}`, create, rawJson({ ...valid, organizationName: value }));
  }
  for (const extra of ['plan', 'accountNumber', 'mspId', 'constructor'])
    post(`create: extra ${extra}`, create, rawJson({ ...valid, [extra]: 'x' }));
  post('create: extra __proto__', create, '{"email":"p@corpus.example","organizationName":"P","__proto__":{"a":1}}');
  post('create: array', create, '[]');
  post('create: empty object', create, '{}');
  post('create: number', create, '42');
  const badEmails = [
    'nul\u0000@corpus.example',
    'hostile@corpus.example\u0000',
    'bell\u0007@corpus.example',
    'del\u007f@corpus.example',
    'zero\u200bwidth@corpus.example',
    '\u200bhostile@corpus.example',
    'joiner\u2060@corpus.example',
    'bom\ufeff@corpus.example',
    'rtl\u202e@corpus.example',
    'lone\ud800@corpus.example',
    `${'a'.repeat(300)}@corpus.example`,
    `${'a'.repeat(5_000)}@corpus.example`,
    'no-at-sign',
    '@',
    'a@b',
  ];
  for (const email of badEmails) post(`create: email ${JSON.stringify(email)}`, create, rawJson({ ...valid, email }));
  const badNames = [
    'Nul\u0000 Ltd',
    '\u0000',
    'Bell\u0007 Ltd',
    'Escape\u001b[31m Ltd',
    'Evil\u202eLtd',
    'Isolate\u2066 Ltd',
    'Mark\u200f Ltd',
    'Lone \udc00 Ltd',
    'x'.repeat(101),
    'x'.repeat(10_000),
    '   ',
  ];
  for (const organizationName of badNames)
    post(`create: name ${JSON.stringify(organizationName)}`, create, rawJson({ ...valid, organizationName }));

  // Media types: only JSON is read, and a body always says what it is.
  const json = rawJson(valid);
  for (const type of [
    'text/plain; charset=application/json',
    'application/jsonx',
    'application/json-patch',
    'text/plain',
    'multipart/form-data; boundary=x',
    'application/x-www-form-urlencoded',
    'json',
    '',
  ])
    post(`create: Content-Type ${JSON.stringify(type)}`, create, json, type);
  cases.push({ label: 'create: no Content-Type', method: 'POST', path: create, body: new TextEncoder().encode(json) });

  // Signing in (refused before any password is checked, so none of these counts as a failed attempt).
  const session = '/api/v1/session';
  for (const text of malformedJson) post(`sign-in: malformed ${JSON.stringify(text)}`, session, text);
  for (const body of [
    { email: 'nul\u0000@corpus.example', password: 'x' },
    { email: 'zero\u200bwidth@corpus.example', password: 'x' },
    { email: 'bell\u0007@corpus.example', password: 'x' },
    { email: 'x@corpus.example', password: 'x', admin: true },
    { email: 42, password: 'x' },
    { email: 'x@corpus.example', password: null },
    { email: 'x@corpus.example' },
    { email: `${'a'.repeat(400)}@corpus.example`, password: 'x' },
    { email: 'x@corpus.example', password: 'x'.repeat(2_000) },
  ])
    post(`sign-in: ${JSON.stringify(body).slice(0, 60)}`, session, rawJson(body));
  post('sign-in: __proto__', session, '{"email":"x@corpus.example","password":"x","__proto__":{"a":1}}');
  for (const text of [
    ...malformedJson,
    rawJson({ token: 42 }),
    rawJson({ token: 'a.b', extra: 1 }),
    rawJson({ token: 'x'.repeat(300) }),
    rawJson({ token: 'nul\u0000.x' }),
    rawJson({ token: 'forged.token' }),
  ])
    post(`redeem: ${text.slice(0, 40)}`, '/api/v1/open-account/redeem', text);
  post('sign-in: text/plain', session, rawJson({ email: 'x@corpus.example', password: 'x' }), 'text/plain');

  // The actions on real accounts of this MSP, with bodies that must change nothing.
  const paid = `/api/v1/accounts/${accounts.paid.accountNumber}`;
  const trial = `/api/v1/accounts/${accounts.trial.accountNumber}`;
  for (const [path, field] of [
    [`${trial}/upgrade`, 'seats'],
    [`${paid}/seats`, 'seats'],
    [`${trial}/extend-trial`, 'days'],
  ] as const) {
    for (const text of malformedJson) post(`${path}: malformed ${JSON.stringify(text)}`, path, text);
    for (const value of wrongValues)
      post(`${path}: ${field} ${JSON.stringify(value)}`, path, rawJson({ [field]: value }));
    post(`${path}: extra field`, path, rawJson({ [field]: 7, note: 'x' }));
    post(`${path}: __proto__`, path, `{"${field}":7,"__proto__":{"admin":true}}`);
    post(`${path}: missing field`, path, '{}');
    post(`${path}: text/plain`, path, rawJson({ [field]: 7 }), 'text/plain; charset=application/json');
  }
  for (const action of ['cancel', 'end-trial', 'remove']) {
    const path = `${action === 'cancel' ? paid : action === 'remove' ? `/api/v1/accounts/${accounts.expired.accountNumber}` : trial}/${action}`;
    post(`${path}: cross-site text/plain`, path, 'x', 'text/plain; charset=application/json');
    post(`${path}: application/jsonx`, path, '{}', 'application/jsonx');
    cases.push({ label: `${path}: body without type`, method: 'POST', path, body: new TextEncoder().encode('{}') });
  }

  {
    // Bulk actions: bodies that must be refused whole (and so change nothing), and the CSV exports' queries.
    const bulk = '/api/v1/accounts/bulk';
    const some = [accounts.trial.accountNumber];
    for (const text of malformedJson) post(`bulk: malformed ${JSON.stringify(text)}`, bulk, text);
    for (const value of wrongValues) {
      post(`bulk: action ${JSON.stringify(value)}`, bulk, rawJson({ action: value, accountNumbers: some }));
      post(
        `bulk: days ${JSON.stringify(value)}`,
        bulk,
        rawJson({ action: 'extendTrial', days: value, accountNumbers: some }),
      );
      post(`bulk: numbers ${JSON.stringify(value)}`, bulk, rawJson({ action: 'endTrial', accountNumbers: value }));
      post(`bulk: matching ${JSON.stringify(value)}`, bulk, rawJson({ action: 'endTrial', matching: value }));
    }
    for (const body of [
      { action: 'endTrial' },
      { action: 'endTrial', accountNumbers: [] },
      { action: 'endTrial', accountNumbers: Array.from({ length: 101 }, () => accounts.trial.accountNumber) },
      { action: 'endTrial', accountNumbers: ['x'.repeat(41)] },
      { action: 'endTrial', accountNumbers: some, matching: { status: 'trial' } },
      { action: 'endTrial', accountNumbers: some, cursor: 'abc' },
      { action: 'endTrial', accountNumbers: some, days: 7 },
      { action: 'extendTrial', accountNumbers: some },
      { action: 'extendTrial', days: 8, accountNumbers: some },
      { action: 'upgrade', accountNumbers: some },
      { action: '__proto__', accountNumbers: some },
      { action: 'endTrial', accountNumbers: some, extra: 1 },
      { action: 'endTrial', matching: {} },
      { action: 'endTrial', matching: { status: 'gold' } },
      { action: 'endTrial', matching: { status: 'paid' } },
      { action: 'removeExpired', matching: { status: 'trial' } },
      { action: 'endTrial', matching: { status: 'trial', q: 'x'.repeat(101) } },
      { action: 'endTrial', matching: { status: 'trial', endsWithin: '5' } },
      { action: 'endTrial', matching: { status: 'trial', overSeats: 'true' } },
      { action: 'endTrial', matching: { status: 'trial', createdFrom: '2026-02-30' } },
      { action: 'endTrial', matching: { status: 'trial', usersMin: '5', usersMax: '1' } },
      { action: 'endTrial', matching: { status: 'trial', q: 'x'.repeat(201) } },
      { action: 'endTrial', matching: { status: 'trial', ['k'.repeat(41)]: 'x' } },
      { action: 'endTrial', matching: { status: 'trial', q: 1 } },
      ...badCursors()
        .filter((cursor) => cursor !== '' && cursor.length <= 2000)
        .map((cursor) => ({ action: 'endTrial', matching: { status: 'trial' }, cursor })),
      { action: 'endTrial', matching: { status: 'trial' }, cursor: 'a'.repeat(2001) },
    ])
      post(`bulk: ${JSON.stringify(body).slice(0, 80)}`, bulk, rawJson(body));
    post(
      'bulk: __proto__',
      bulk,
      `{"action":"endTrial","accountNumbers":["${accounts.trial.accountNumber}"],"__proto__":{"a":1}}`,
    );
    post('bulk: text/plain', bulk, rawJson({ action: 'endTrial', accountNumbers: some }), 'text/plain');
    cases.push({ label: 'bulk: GET', method: 'GET', path: bulk });
    for (const query of [
      '',
      'status=',
      'status=gold',
      'status=%00',
      'status=paid&sort=trialEnd',
      'status=paid&endsWithin=7',
      'status=trial&endsWithin=5',
      `status=trial&q=${'x'.repeat(101)}`,
      'status=trial&createdFrom=2026-13-01',
      'status=trial&usersMin=-1',
      'status=trial&usersMin=9&usersMax=1',
      'status=paid&overSeats=yes',
    ])
      cases.push({ label: `board export ${query}`, method: 'GET', path: `/api/v1/accounts/export.csv?${query}` });
    for (const month of [
      '',
      '2026',
      '2026-13',
      '2026-00',
      '26-11',
      '2026-1',
      '2026-11-01',
      '%00',
      '9999-12',
      '1999-12',
      'x'.repeat(500),
    ])
      cases.push({
        label: `billing month ${month.slice(0, 20)}`,
        method: 'GET',
        path: `/api/v1/billing/reconciliation.csv?month=${month}`,
      });
    cases.push({ label: 'billing without month', method: 'GET', path: '/api/v1/billing/reconciliation.csv' });
  }

  // Assigning accounts: odd staff ids in the path, and bulk bodies that must assign nothing.
  for (const staffId of oddStaffIds)
    for (const method of ['PUT', 'DELETE'])
      cases.push({ label: `${method} assignment to ${staffId}`, method, path: `${paid}/assignments/${staffId}` });
  const bulk = '/api/v1/assignments';
  const validBulk = { staffId: 'no-such-staff', accountNumbers: [accounts.paid.accountNumber], assigned: true };
  for (const text of malformedJson) post(`bulk assign: malformed ${JSON.stringify(text)}`, bulk, text);
  for (const value of wrongValues) {
    post(`bulk assign: staffId ${JSON.stringify(value)}`, bulk, rawJson({ ...validBulk, staffId: value }));
    post(
      `bulk assign: accountNumbers ${JSON.stringify(value)}`,
      bulk,
      rawJson({ ...validBulk, accountNumbers: value }),
    );
    post(`bulk assign: assigned ${JSON.stringify(value)}`, bulk, rawJson({ ...validBulk, assigned: value }));
  }
  for (const accountNumbers of [
    [],
    ['%00'],
    ['AC-100001\u0000'],
    ['x'.repeat(5_000)],
    [42],
    [null],
    Array.from({ length: 501 }, (_, index) => `AC-${200_001 + index}`),
  ])
    post(
      `bulk assign: ${JSON.stringify(accountNumbers).slice(0, 40)}`,
      bulk,
      rawJson({ ...validBulk, accountNumbers }),
    );
  for (const staffId of ['', 'nul\u0000', 'x'.repeat(65), '<b>', '9'.repeat(30), 'no-such-staff', '987654321'])
    post(`bulk assign: staffId ${staffId.slice(0, 20)}`, bulk, rawJson({ ...validBulk, staffId }));
  post('bulk assign: extra field', bulk, rawJson({ ...validBulk, role: 'admin' }));
  post('bulk assign: __proto__', bulk, `{"staffId":"x","accountNumbers":[],"assigned":true,"__proto__":{"a":1}}`);
  post('bulk assign: missing fields', bulk, '{}');
  post('bulk assign: text/plain', bulk, rawJson(validBulk), 'text/plain; charset=application/json');
  cases.push(...teamCases(post));
  cases.push(...teamsCases(post, teamId, accounts.paid.accountNumber));
  return cases;
}

/** Teams: names PostgreSQL cannot store or a person cannot read, odd ids, and bulk bodies that assign nothing. */
function teamsCases(
  post: (label: string, path: string, body: string, contentType?: string | null) => void,
  teamId: string,
  accountNumber: string,
): HostileCase[] {
  const cases: HostileCase[] = [];
  const teams = '/api/v1/team/teams';
  const rename = (label: string, body: string, contentType: string | null = 'application/json') =>
    cases.push({ label, method: 'PATCH', path: `${teams}/${teamId}`, body, contentType });
  const badTeamNames: unknown[] = [
    ...wrongValues.filter((value) => value !== '5'),
    'Nul\u0000 team',
    '\u0000',
    'Bell\u0007 team',
    'Evil\u202eTeam',
    'Zero\u200bwidth',
    'Lone \udc00 team',
    'x'.repeat(81),
    'x'.repeat(10_000),
    '   ',
  ];
  for (const text of malformedJson) {
    post(`team: malformed ${JSON.stringify(text)}`, teams, text);
    rename(`rename team: malformed ${JSON.stringify(text)}`, text);
  }
  for (const name of badTeamNames) {
    post(`team: name ${JSON.stringify(name).slice(0, 40)}`, teams, rawJson({ name }));
    rename(`rename team: name ${JSON.stringify(name).slice(0, 40)}`, rawJson({ name }));
  }
  for (const [label, body] of [
    ['extra field', rawJson({ name: 'Corpus team', mspId: 'other' })],
    ['__proto__', '{"name":"Corpus team","__proto__":{"a":1}}'],
    ['missing name', '{}'],
  ]) {
    post(`team: ${label}`, teams, body!);
    rename(`rename team: ${label}`, body!);
  }
  post('team: text/plain', teams, rawJson({ name: 'Corpus team' }), 'text/plain; charset=application/json');
  rename('rename team: text/plain', rawJson({ name: 'Corpus team' }), 'text/plain');
  cases.push({
    label: 'team: body without type',
    method: 'POST',
    path: teams,
    body: new TextEncoder().encode(rawJson({ name: 'Corpus team' })),
  });

  // Ids that name no team of this MSP, on every route that takes one, and odd staff ids on a real team.
  for (const id of [...oddNumbers, ...oddStaffIds, 'team-1']) {
    cases.push({
      label: `PATCH team ${id}`,
      method: 'PATCH',
      path: `${teams}/${id}`,
      body: rawJson({ name: 'Renamed by the corpus' }),
      contentType: 'application/json',
    });
    cases.push({ label: `DELETE team ${id}`, method: 'DELETE', path: `${teams}/${id}` });
    cases.push({ label: `PUT member of team ${id}`, method: 'PUT', path: `${teams}/${id}/members/1` });
    cases.push({
      label: `PUT account to team ${id}`,
      method: 'PUT',
      path: `/api/v1/accounts/${accountNumber}/teams/${id}`,
    });
    cases.push({
      label: `DELETE account from team ${id}`,
      method: 'DELETE',
      path: `/api/v1/accounts/${accountNumber}/teams/${id}`,
    });
  }
  for (const staffId of oddStaffIds)
    for (const method of ['PUT', 'DELETE'])
      cases.push({ label: `${method} member ${staffId}`, method, path: `${teams}/${teamId}/members/${staffId}` });

  const bulk = '/api/v1/team-assignments';
  const validBulk = { teamId, accountNumbers: [accountNumber], assigned: true };
  for (const text of malformedJson) post(`team assign: malformed ${JSON.stringify(text)}`, bulk, text);
  for (const value of wrongValues) {
    post(`team assign: teamId ${JSON.stringify(value)}`, bulk, rawJson({ ...validBulk, teamId: value }));
    post(
      `team assign: accountNumbers ${JSON.stringify(value)}`,
      bulk,
      rawJson({ ...validBulk, accountNumbers: value }),
    );
    // On a real team, `assigned: true` is a valid body: every other value is not a boolean.
    if (typeof value !== 'boolean')
      post(`team assign: assigned ${JSON.stringify(value)}`, bulk, rawJson({ ...validBulk, assigned: value }));
  }
  for (const bad of ['', 'nul\u0000', 'x'.repeat(65), '<b>', 'no-such-team', 'team-1'])
    post(`team assign: teamId ${bad.slice(0, 20)}`, bulk, rawJson({ ...validBulk, teamId: bad }));
  for (const accountNumbers of [
    [],
    ['%00'],
    ['AC-100001\u0000'],
    [42],
    Array.from({ length: 501 }, (_, i) => `AC-${300_001 + i}`),
  ])
    post(
      `team assign: ${JSON.stringify(accountNumbers).slice(0, 40)}`,
      bulk,
      rawJson({ ...validBulk, accountNumbers }),
    );
  post('team assign: extra field', bulk, rawJson({ ...validBulk, staffId: '1' }));
  post(
    'team assign: __proto__',
    bulk,
    `{"teamId":"${teamId}","accountNumbers":[],"assigned":true,"__proto__":{"a":1}}`,
  );
  post('team assign: text/plain', bulk, rawJson(validBulk), 'text/plain; charset=application/json');
  return cases;
}

/**
 * Staff administration, invites, setup, own sessions and the audit export: every body is refused (none may create
 * an invite, a staff member or an MSP), every odd id names nobody. Over the memory store the live-only routes
 * (setup, invites, sessions) answer 404, which is a 4xx too.
 */
function teamCases(post: (label: string, path: string, body: string, contentType?: string | null) => void) {
  const cases: HostileCase[] = [];
  const invites = '/api/v1/team/invites';
  for (const text of malformedJson) post(`invite: malformed ${JSON.stringify(text)}`, invites, text);
  for (const value of wrongValues) {
    post(`invite: email ${JSON.stringify(value)}`, invites, rawJson({ email: value, role: 'technician' }));
    post(`invite: role ${JSON.stringify(value)}`, invites, rawJson({ email: 'new@corpus.example', role: value }));
  }
  for (const email of [
    'nul\u0000@corpus.example',
    'zero\u200bwidth@corpus.example',
    `${'a'.repeat(400)}@corpus.example`,
    'no-at',
  ])
    post(`invite: email ${JSON.stringify(email)}`, invites, rawJson({ email, role: 'sales' }));
  for (const role of ['owner', 'ADMIN', 'admin\u0000', '__proto__', ''])
    post(`invite: role ${JSON.stringify(role)}`, invites, rawJson({ email: 'new@corpus.example', role }));
  post('invite: extra field', invites, rawJson({ email: 'new@corpus.example', role: 'sales', mspId: 'other' }));
  post('invite: __proto__', invites, '{"email":"new@corpus.example","role":"sales","__proto__":{"role":"admin"}}');
  post('invite: text/plain', invites, rawJson({ email: 'new@corpus.example', role: 'sales' }), 'text/plain');
  cases.push({
    label: 'invite: body without type',
    method: 'POST',
    path: invites,
    body: new TextEncoder().encode(rawJson({ email: 'new@corpus.example', role: 'sales' })),
  });

  for (const id of oddNumbers) {
    cases.push({
      label: `PATCH staff ${id}`,
      method: 'PATCH',
      path: `/api/v1/team/staff/${id}`,
      body: rawJson({ role: 'sales' }),
      contentType: 'application/json',
    });
    post(`deactivate staff ${id}`, `/api/v1/team/staff/${id}/deactivate`, '{}');
    cases.push({ label: `DELETE invite ${id}`, method: 'DELETE', path: `/api/v1/team/invites/${id}` });
    cases.push({ label: `GET invitation ${id}`, method: 'GET', path: `/api/v1/invites/${id}` });
    post(
      `accept invitation ${id}`,
      `/api/v1/invites/${id}/accept`,
      rawJson({ name: 'X', password: 'a long enough phrase' }),
    );
    cases.push({ label: `DELETE session ${id}`, method: 'DELETE', path: `/api/v1/sessions/${id}` });
  }
  for (const body of [
    rawJson({ role: 42 }),
    rawJson({ role: 'owner' }),
    rawJson({ role: 'sales', extra: 1 }),
    '{',
    '[]',
  ])
    cases.push({
      label: `PATCH staff body ${body}`,
      method: 'PATCH',
      path: '/api/v1/team/staff/1',
      body,
      contentType: 'application/json',
    });

  const token = 'A'.repeat(43);
  for (const text of [
    ...malformedJson,
    rawJson({ name: 'X' }),
    rawJson({ name: 42, password: 'a long enough phrase' }),
    rawJson({ name: 'Nul\u0000', password: 'a long enough phrase' }),
    rawJson({ name: 'Evil\u202eName', password: 'a long enough phrase' }),
    rawJson({ name: 'x'.repeat(500), password: 'a long enough phrase' }),
    rawJson({ name: 'X', password: 'x'.repeat(5_000) }),
    rawJson({ name: 'X', password: 'a long enough phrase', role: 'admin' }),
  ])
    post(`accept: ${text.slice(0, 40)}`, `/api/v1/invites/${token}/accept`, text);

  for (const text of [
    ...malformedJson,
    rawJson({ mspName: 'M', name: 'N', email: 'setup@corpus.example' }),
    rawJson({ mspName: '\u0000', name: 'N', email: 'setup@corpus.example', password: 'a long enough phrase' }),
    rawJson({ mspName: 'M', name: 'N', email: 'bad', password: 'a long enough phrase' }),
    rawJson({ mspName: 'M', name: 'N', email: 'setup@corpus.example', password: 42 }),
    rawJson({
      mspName: 'M',
      name: 'N',
      email: 'setup@corpus.example',
      password: 'a long enough phrase',
      code: 'x'.repeat(100),
    }),
    rawJson({ mspName: 'M', name: 'N', email: 'setup@corpus.example', password: 'a long enough phrase', role: 'x' }),
  ])
    post(`setup: ${text.slice(0, 40)}`, '/api/v1/setup', text);

  for (const text of [
    ...malformedJson,
    rawJson({ currentPassword: 42, newPassword: 'a long enough phrase' }),
    rawJson({ currentPassword: 'x' }),
    rawJson({ currentPassword: 'x', newPassword: 'y'.repeat(5_000) }),
    rawJson({ currentPassword: 'x', newPassword: 'a long enough phrase', staffId: '1' }),
  ])
    post(`password: ${text.slice(0, 40)}`, '/api/v1/session/password', text);

  for (const query of ['kind=%00', 'kind=<b>x</b>', `kind=${'x'.repeat(3_000)}`, 'kind=staff%00'])
    cases.push({
      label: `audit export ${query.slice(0, 30)}`,
      method: 'GET',
      path: `/api/v1/audit-events/export?${query}&x=%ZZ`,
    });
  return cases;
}

async function readAll<T extends { nextCursor: string | null }>(
  target: ContractTarget,
  first: string,
  schema: { parse: (value: unknown) => T },
): Promise<T[]> {
  const pages: T[] = [];
  let cursor: string | null = null;
  do {
    const separator = first.includes('?') ? '&' : '?';
    const response = await target.request(cursor ? `${first}${separator}cursor=${encodeURIComponent(cursor)}` : first);
    const page = schema.parse(await response.json());
    pages.push(page);
    cursor = page.nextCursor;
  } while (cursor && pages.length < 50);
  return pages;
}

/** Everything the API can show of this MSP, to compare before and after. */
async function snapshot(target: ContractTarget) {
  return {
    summary: await (await target.request('/api/v1/summary')).text(),
    boards: await Promise.all(
      ['paid', 'trial', 'expired'].map((status) =>
        readAll(target, `/api/v1/accounts?status=${status}&limit=200`, accountPageSchema),
      ),
    ),
    ended: await readAll(target, '/api/v1/ended-accounts?limit=200', endedPageSchema),
    activity: await readAll(target, '/api/v1/activity?limit=200', historyPageSchema),
    team: teamSchema
      .parse(await (await target.request('/api/v1/team')).json())
      .staff.map(({ id, email, role, status }) => ({ id, email, role, status })),
    invites: teamSchema.parse(await (await target.request('/api/v1/team')).json()).invites,
    teams: staffTeamsSchema.parse(await (await target.request('/api/v1/team/teams')).json()).teams,
  };
}

async function firstOf(target: ContractTarget, status: string, accept: (account: Account) => boolean) {
  const page = accountPageSchema.parse(
    await (await target.request(`/api/v1/accounts?status=${status}&limit=200`)).json(),
  );
  const found = page.items.find(accept);
  if (!found) throw new Error(`No ${status} account to aim the corpus at`);
  return found;
}

/**
 * No bad input reaches a 500: a corpus of malformed requests over every route
 * answers each with a 4xx problem+json that has a readable title and does not
 * echo markup, and changes nothing.
 */
export function describeHostileCorpus(name: string, target: () => ContractTarget) {
  describe(`no bad input reaches a 500: ${name}`, () => describeCorpus(target));
}

function describeCorpus(target: () => ContractTarget) {
  it('answers every request of the hostile corpus with a 4xx problem+json and changes nothing', async () => {
    const accounts = {
      paid: await firstOf(target(), 'paid', (account) => account.cancelsOn === null),
      trial: await firstOf(target(), 'trial', () => true),
      expired: await firstOf(target(), 'expired', () => true),
    };
    const team = await target().request('/api/v1/team/teams', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: `Hostile corpus ${Date.now().toString(36)}` }),
    });
    expect(team.status).toBe(201);
    const cases = hostileCases(accounts, staffTeamSchema.parse(await team.json()).id);
    expect(cases.length).toBeGreaterThanOrEqual(300);
    const before = await snapshot(target());

    const wrong: string[] = [];
    for (const hostile of cases) {
      const headers = new Headers();
      if (hostile.contentType !== undefined && hostile.contentType !== null)
        headers.set('Content-Type', hostile.contentType);
      const response = await target().request(hostile.path, {
        method: hostile.method,
        headers,
        ...(hostile.body === undefined ? {} : { body: hostile.body }),
      });
      const text = await response.text();
      const problem = problemSchema.safeParse(
        (() => {
          try {
            return JSON.parse(text) as unknown;
          } catch {
            return null;
          }
        })(),
      );
      const readable = problem.success && problem.data.title.length > 3 && !/[\p{Cc}<>]/u.test(problem.data.title);
      if (
        response.status < 400 ||
        response.status >= 500 ||
        !response.headers.get('content-type')?.startsWith('application/problem+json') ||
        !readable ||
        /<script|<b>/i.test(text) ||
        text.length > 2_000
      )
        wrong.push(`${hostile.label.slice(0, 120)} -> ${response.status} ${text.slice(0, 160)}`);
    }
    expect(wrong, `${wrong.length} of ${cases.length} answered wrongly`).toEqual([]);
    expect(await snapshot(target())).toEqual(before);
  }, 120_000);
}
