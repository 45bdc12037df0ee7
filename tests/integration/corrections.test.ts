import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeTestDb, counts, wipe } from '../support/test-db';
import { ok, startWriteApp, type WriteApp } from '../support/write-app';

// Every correction mutation over real HTTP on the seeded graph: what it changes, the ChangeRecord it
// leaves (read back through changeRecords(targetId:)), and what it refuses: readers, and bad input
// named by its field.

const TOLL = 'article:2025-12-07-balochistan-security-toll';
const TALKS_ARTICLE = 'article:2025-10-26-istanbul-talks';
const cite = (articleId: string, evidence = 'cited by the test') => ({ articleId, evidence });

const M = {
  correctEntity: `mutation($id: ID!, $input: EntityCorrectionInput!, $source: SourceRefInput!) {
    correctEntity(id: $id, input: $input, source: $source) { id valueChanges { field from to sourceArticleId }
      entity { description ... on Event { startDate endDate status places { id } } } } }`,
  updateFigure: `mutation($id: ID!, $input: FigurePatchInput!, $source: SourceRefInput!) {
    updateFigure(id: $id, input: $input, source: $source) { id value low high approximation qualifier } }`,
  removeFigure: `mutation($id: ID!, $reason: String) { removeFigure(id: $id, reason: $reason) }`,
  updateClaim: `mutation($id: ID!, $input: ClaimPatchInput!, $source: SourceRefInput!) {
    updateClaim(id: $id, input: $input, source: $source) { id text kind about { id } } }`,
  removeClaim: `mutation($id: ID!, $reason: String) { removeClaim(id: $id, reason: $reason) }`,
  addStance: `mutation($claimId: ID!, $stance: StanceInput!, $source: SourceRefInput!) {
    addStance(claimId: $claimId, stance: $stance, source: $source) {
      stances { stance speaker { kind description article { id } } } } }`,
  updateStance: `mutation($claimId: ID!, $speakerId: ID!, $stance: Stance!, $input: StancePatchInput!,
    $source: SourceRefInput!) { updateStance(claimId: $claimId, speakerId: $speakerId, stance: $stance, input: $input,
    source: $source) { assertedBy { via speaker { id } } } }`,
  removeStance: `mutation($claimId: ID!, $speakerId: ID!, $stance: Stance!) {
    removeStance(claimId: $claimId, speakerId: $speakerId, stance: $stance) { deniedBy { speaker { id } } } }`,
  correctPosition: `mutation($personId: ID!, $officeId: ID!, $input: PositionCorrectionInput!,
    $source: SourceRefInput!) {
    correctPosition(personId: $personId, officeId: $officeId, input: $input, source: $source) {
      valueChanges { field to } } }`,
  removePosition: `mutation($personId: ID!, $officeId: ID!) {
    removePosition(personId: $personId, officeId: $officeId) }`,
  updateOffice: `mutation($id: ID!, $input: OfficePatchInput!) {
    updateOffice(id: $id, input: $input) { id name aliases } }`,
  correctRelationship: `mutation($type: WritableRelationshipType!, $fromId: ID!, $toId: ID!, $role: ParticipantRole,
    $input: RelationshipCorrectionInput!, $source: SourceRefInput!) { correctRelationship(type: $type, fromId: $fromId,
    toId: $toId, role: $role, input: $input, source: $source) }`,
  markClaimConflict: `mutation($claimId: ID!, $otherId: ID!, $note: String) {
    markClaimConflict(claimId: $claimId, otherId: $otherId, note: $note) {
      conflictsWith { reason note claim { id } } } }`,
  unmarkClaimConflict: `mutation($claimId: ID!, $otherId: ID!) {
    unmarkClaimConflict(claimId: $claimId, otherId: $otherId) { conflictsWith { reason claim { id } } } }`,
  preferAccount: `mutation($id: ID!, $articleId: ID!, $fields: [AccountField!]!) {
    preferAccount(id: $id, articleId: $articleId, fields: $fields) { id } }`,
  mergeOffices: `mutation($keepId: ID!, $mergeId: ID!) { mergeOffices(keepId: $keepId, mergeId: $mergeId) { id } }`,
} as const;

const HISTORY = `query($id: ID!) { changeRecords(targetId: $id) { action what previous value articleId reason by } }`;

let app: WriteApp;
const run = async (m: keyof typeof M, variables: Record<string, unknown>) => ok(await app.post(M[m], variables))[m];
const latest = async (targetId: string) => ok(await app.post(HISTORY, { id: targetId })).changeRecords[0];
const query = async (q: string) => ok(await app.post(q));

beforeAll(async () => {
  await wipe();
  app = await startWriteApp();
});
afterAll(async () => {
  await app?.stop();
  await closeTestDb();
});

describe('corrections of events and entities', () => {
  const EVENT = 'event:dera-bugti-operation-2025-12';

  it("correctEntity sets an event's dates and status from the cited article, preferred over the rule", async () => {
    const r = await run('correctEntity', {
      id: EVENT,
      input: { start: '2025-12-04', end: '2025-12-05', status: 'CONCLUDED' },
      source: cite(TOLL, 'in Dera Bugti'),
    });
    expect(r.entity).toMatchObject({ startDate: '2025-12-04', endDate: '2025-12-05', status: 'CONCLUDED' });
    expect(r.valueChanges).toContainEqual(expect.objectContaining({ field: 'DATES', sourceArticleId: TOLL }));
    const rec = await latest(EVENT);
    expect(rec).toMatchObject({
      action: 'CORRECTION',
      what: 'account DATES, STATUS',
      articleId: TOLL,
      by: 'key:editor',
      value: { start: '2025-12-04', end: '2025-12-05', ongoing: false, status: 'CONCLUDED' },
    });
    expect(rec.previous).toMatchObject({ start: '2025-12' });
    const ev = await query(`{ event(id: "${EVENT}") { accounts { preferred } } }`);
    expect(ev.event.accounts[0].preferred).toEqual(expect.arrayContaining(['DATES', 'STATUS']));
  });

  it("correctEntity adds and removes an event's places, each recorded", async () => {
    const added = await run('correctEntity', {
      id: EVENT,
      input: { addPlaceIds: ['place:balochistan'] },
      source: cite(TOLL),
    });
    expect(added.entity.places.map((p: any) => p.id).sort()).toEqual([
      'place:balochistan',
      'place:dera-bugti-district',
    ]);
    expect(await latest(EVENT)).toMatchObject({ what: 'places', value: { added: ['place:balochistan'] } });
    const removed = await run('correctEntity', {
      id: EVENT,
      input: { removePlaceIds: ['place:balochistan'] },
      source: cite(TOLL),
    });
    expect(removed.entity.places).toEqual([{ id: 'place:dera-bugti-district' }]);
    expect(await latest(EVENT)).toMatchObject({ what: 'places', value: { removed: ['place:balochistan'] } });
  });

  it("correctEntity sets an entity's description", async () => {
    const r = await run('correctEntity', {
      id: 'person:sarfraz-bugti',
      input: { description: 'Chief Minister of Balochistan since March 2024.' },
      source: cite(TOLL),
    });
    expect(r.entity.description).toBe('Chief Minister of Balochistan since March 2024.');
    expect(await latest('person:sarfraz-bugti')).toMatchObject({ action: 'CORRECTION', what: 'account DESCRIPTION' });
  });

  it('preferAccount records the preference', async () => {
    await run('preferAccount', { id: EVENT, articleId: TOLL, fields: ['DESCRIPTION'] });
    expect(await latest(EVENT)).toMatchObject({
      action: 'PREFER',
      value: { articleId: TOLL, fields: ['DESCRIPTION'] },
    });
  });
});

describe('corrections of figures and claims', () => {
  it('updateFigure changes and clears values, keeping the previous ones', async () => {
    const id = 'figure:bugti-2025-militant-attacks';
    const r = await run('updateFigure', {
      id,
      input: { value: 910, qualifier: 'Corrected by the outlet.' },
      source: cite(TOLL),
    });
    expect(r).toMatchObject({ id, value: 910, qualifier: 'Corrected by the outlet.' });
    const rec = await latest(id);
    expect(rec).toMatchObject({ action: 'CORRECTION', what: 'figure', articleId: TOLL });
    expect(rec.previous.value).toBe(900);
    expect(rec.value.value).toBe(910);
    const cleared = await run('updateFigure', { id, input: { clear: ['qualifier'] }, source: cite(TOLL) });
    expect(cleared).toMatchObject({ value: 910, qualifier: null });
  });

  it('removeFigure removes it; the record keeps it and the reason', async () => {
    const id = 'figure:military-dera-bugti-militants-killed';
    expect(await run('removeFigure', { id, reason: 'duplicate' })).toBe(true);
    expect((await query(`{ node(id: "${id}") { id } }`)).node).toBeNull();
    const rec = await latest(id);
    expect(rec).toMatchObject({ action: 'REMOVE_FIGURE', reason: 'duplicate' });
    expect(rec.previous.figure).toMatchObject({ value: 5 });
  });

  it('updateClaim changes its text and what it is about', async () => {
    const id = 'claim:baloch-groups-demand-independence';
    const r = await run('updateClaim', {
      id,
      input: { text: 'Baloch separatist groups demand an independent Balochistan.', addAboutIds: ['place:pakistan'] },
      source: cite(TOLL),
    });
    expect(r.text).toBe('Baloch separatist groups demand an independent Balochistan.');
    expect(r.about.map((a: any) => a.id)).toContain('place:pakistan');
    const rec = await latest(id);
    expect(rec).toMatchObject({ action: 'CORRECTION', what: 'claim', value: { addAboutIds: ['place:pakistan'] } });
    expect(rec.previous.text).not.toBe(rec.value.text);
  });

  it('removeClaim removes it with its stances; the record keeps them', async () => {
    const id = 'claim:ispr-militants-belong-to-fitna-al-hindustan';
    expect(await run('removeClaim', { id, reason: 'not a claim of this article' })).toBe(true);
    expect((await query(`{ claim(id: "${id}") { id } }`)).claim).toBeNull();
    const rec = await latest(id);
    expect(rec).toMatchObject({ action: 'REMOVE_CLAIM', reason: 'not a claim of this article' });
    expect(rec.previous.stances).toEqual([expect.objectContaining({ speakerId: 'org:ispr', stance: 'ASSERTS' })]);
  });
});

describe('stances', () => {
  const CLAIM = 'claim:pakistan-accuses-india-arming-funding-separatists';

  it('addStance lets an unnamed source and the outlet speak on a stored claim', async () => {
    await run('addStance', {
      claimId: CLAIM,
      stance: { anonymous: 'a provincial official', stance: 'ASSERTS' },
      source: cite(TOLL, 'a provincial official said'),
    });
    const r = await run('addStance', {
      claimId: CLAIM,
      stance: { outlet: true, stance: 'ASSERTS' },
      source: cite(TOLL, 'the outlet reported'),
    });
    const speakers = r.stances.map((s: any) => s.speaker);
    expect(speakers).toContainEqual({ kind: 'ANONYMOUS', description: 'a provincial official', article: { id: TOLL } });
    expect(speakers).toContainEqual({ kind: 'OUTLET', description: null, article: { id: TOLL } });
  });

  it('updateStance corrects the channel, keeping the previous one', async () => {
    const claimId = 'claim:bugti-militant-attacks-balochistan-2025';
    const r = await run('updateStance', {
      claimId,
      speakerId: 'person:sarfraz-bugti',
      stance: 'ASSERTS',
      input: { via: 'press conference in Quetta' },
      source: cite(TOLL),
    });
    expect(r.assertedBy).toEqual([{ via: 'press conference in Quetta', speaker: { id: 'person:sarfraz-bugti' } }]);
    expect(await latest(claimId)).toMatchObject({
      action: 'CORRECTION',
      what: 'stance person:sarfraz-bugti ASSERTS',
      value: { via: 'press conference in Quetta' },
    });
  });

  it('removeStance removes one speaker; the record keeps it', async () => {
    const r = await run('removeStance', { claimId: CLAIM, speakerId: 'org:government-of-india', stance: 'DENIES' });
    expect(r.deniedBy).toEqual([]);
    expect(await latest(CLAIM)).toMatchObject({ action: 'REMOVE_STANCE' });
  });
});

describe('positions, offices and relationships', () => {
  const BUGTI = 'person:sarfraz-bugti';
  const CM = 'office:chief-minister-of-balochistan';

  it('correctPosition sets the term from the cited article; the position shows it', async () => {
    const r = await run('correctPosition', {
      personId: BUGTI,
      officeId: CM,
      input: { start: '2024-03' },
      source: cite(TOLL),
    });
    expect(r.valueChanges).toEqual([expect.objectContaining({ field: 'DATES' })]);
    const p = await query(`{ person(id: "${BUGTI}") { positions { officeId startDate accounts { preferred } } } }`);
    expect(p.person.positions).toEqual([
      { officeId: CM, startDate: '2024-03-01', accounts: [{ preferred: ['DATES'] }] },
    ]);
    expect(await latest(BUGTI)).toMatchObject({
      action: 'CORRECTION',
      what: `position ${CM}`,
      value: { start: '2024-03' },
    });
  });

  it('updateOffice renames an office, keeping the old name as an alias', async () => {
    const r = await run('updateOffice', { id: CM, input: { name: 'Chief Minister of Balochistan Province' } });
    expect(r.name).toBe('Chief Minister of Balochistan Province');
    expect(r.aliases).toContain('Chief Minister of Balochistan');
    expect(await latest(CM)).toMatchObject({ action: 'CORRECTION', what: 'office' });
  });

  it('removePosition removes it; the record keeps it', async () => {
    expect(
      await run('removePosition', {
        personId: 'person:khawaja-muhammad-asif',
        officeId: 'office:defence-minister-of-pakistan',
      }),
    ).toBe(true);
    const p = await query(`{ person(id: "person:khawaja-muhammad-asif") { positions { officeId } } }`);
    expect(p.person.positions).toEqual([]);
    expect(await latest('person:khawaja-muhammad-asif')).toMatchObject({ action: 'REMOVE_RELATIONSHIP' });
  });

  it("correctRelationship sets a relationship's dates and a participation's note", async () => {
    expect(
      await run('correctRelationship', {
        type: 'GOVERNS',
        fromId: 'org:afghan-taliban',
        toId: 'place:afghanistan',
        input: { start: '2021-08-15' },
        source: cite(TALKS_ARTICLE, 'since the Taliban seized power in August 2021'),
      }),
    ).toBe(true);
    const rels = await query(
      `{ organization(id: "org:afghan-taliban") { relationships { type startDate other { id } } } }`,
    );
    expect(rels.organization.relationships).toContainEqual({
      type: 'GOVERNS',
      startDate: '2021-08-15',
      other: { id: 'place:afghanistan' },
    });
    expect(await latest('org:afghan-taliban')).toMatchObject({
      action: 'CORRECTION',
      what: 'GOVERNS place:afghanistan',
      value: { start: '2021-08-15' },
    });
    await run('correctRelationship', {
      type: 'PARTICIPATED_IN',
      fromId: 'person:hajji-najib',
      toId: 'event:istanbul-talks-2025-10',
      role: 'DELEGATION_HEAD',
      input: { note: 'Led the Afghan delegation throughout.' },
      source: cite(TALKS_ARTICLE, 'the Afghan delegation is being led by its deputy interior minister, Hajji Najib'),
    });
    expect(await latest('person:hajji-najib')).toMatchObject({
      what: 'PARTICIPATED_IN event:istanbul-talks-2025-10 DELEGATION_HEAD',
      value: { note: 'Led the Afghan delegation throughout.' },
    });
  });
});

describe('claims marked as conflicting', () => {
  const A = 'claim:khawaja-asif-open-war-warning';
  const B = 'claim:khawaja-asif-afghans-want-peace';

  it('markClaimConflict links the two both ways; unmarkClaimConflict removes it; both are recorded', async () => {
    const r = await run('markClaimConflict', { claimId: A, otherId: B, note: 'war and peace in one breath' });
    expect(r.conflictsWith).toContainEqual({ reason: 'EDITOR', note: 'war and peace in one breath', claim: { id: B } });
    const other = await query(`{ claim(id: "${B}") { conflictsWith { reason claim { id } } } }`);
    expect(other.claim.conflictsWith).toContainEqual({ reason: 'EDITOR', claim: { id: A } });
    expect(await latest(A)).toMatchObject({ action: 'MARK_CONFLICT', value: { otherId: B } });
    const u = await run('unmarkClaimConflict', { claimId: B, otherId: A });
    expect(u.conflictsWith.filter((c: any) => c.reason === 'EDITOR')).toEqual([]);
    expect(await latest(B)).toMatchObject({ action: 'REMOVE_RELATIONSHIP' });
  });
});

describe('refusals', () => {
  const calls: [keyof typeof M, Record<string, unknown>][] = [
    ['correctEntity', { id: 'event:kalat-operation-2025-12-06', input: { status: 'CANCELLED' }, source: cite(TOLL) }],
    ['preferAccount', { id: 'event:kalat-operation-2025-12-06', articleId: TOLL, fields: ['DATES'] }],
    ['updateFigure', { id: 'figure:bugti-2025-civilian-casualties', input: { value: 1 }, source: cite(TOLL) }],
    ['removeFigure', { id: 'figure:bugti-2025-civilian-casualties' }],
    ['updateClaim', { id: 'claim:ispr-kalat-weapons-recovered', input: { text: 'x' }, source: cite(TOLL) }],
    ['removeClaim', { id: 'claim:ispr-kalat-weapons-recovered' }],
    [
      'addStance',
      { claimId: 'claim:ispr-kalat-weapons-recovered', stance: { outlet: true, stance: 'DENIES' }, source: cite(TOLL) },
    ],
    [
      'updateStance',
      {
        claimId: 'claim:ispr-kalat-weapons-recovered',
        speakerId: 'org:ispr',
        stance: 'ASSERTS',
        input: { via: 'x' },
        source: cite(TOLL),
      },
    ],
    ['removeStance', { claimId: 'claim:ispr-kalat-weapons-recovered', speakerId: 'org:ispr', stance: 'ASSERTS' }],
    [
      'correctPosition',
      {
        personId: 'person:hajji-najib',
        officeId: 'office:deputy-interior-minister-of-afghanistan',
        input: { start: '2024' },
        source: cite(TALKS_ARTICLE),
      },
    ],
    ['removePosition', { personId: 'person:hajji-najib', officeId: 'office:deputy-interior-minister-of-afghanistan' }],
    ['updateOffice', { id: 'office:deputy-interior-minister-of-afghanistan', input: { addAliases: ['x'] } }],
    [
      'correctRelationship',
      {
        type: 'BORDERS',
        fromId: 'place:pakistan',
        toId: 'place:afghanistan',
        input: { note: 'x' },
        source: cite(TALKS_ARTICLE),
      },
    ],
    [
      'markClaimConflict',
      { claimId: 'claim:ispr-kalat-weapons-recovered', otherId: 'claim:baloch-groups-demand-independence' },
    ],
    [
      'unmarkClaimConflict',
      { claimId: 'claim:ispr-kalat-weapons-recovered', otherId: 'claim:baloch-groups-demand-independence' },
    ],
    [
      'mergeOffices',
      { keepId: 'office:defence-minister-of-afghanistan', mergeId: 'office:deputy-interior-minister-of-afghanistan' },
    ],
  ];

  it('covers every correction mutation', () => {
    expect(calls.map(([m]) => m).sort()).toEqual(Object.keys(M).sort());
  });

  it.each(calls)(
    '%s: a reader is FORBIDDEN and an anonymous caller UNAUTHENTICATED; nothing changes',
    async (m, vars) => {
      const before = await counts();
      const reader = await app.post(M[m], vars, 'reader');
      expect(reader.status).toBe(403);
      expect(reader.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const anonymous = await app.post(M[m], vars, null);
      expect(anonymous.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(await counts()).toEqual(before);
    },
  );

  const bad: [string, keyof typeof M, Record<string, unknown>, string | RegExp][] = [
    [
      'an end before the start',
      'correctEntity',
      { id: 'event:kalat-operation-2025-12-06', input: { start: '2025-12-06', end: '2025-12-01' }, source: cite(TOLL) },
      'input.end',
    ],
    [
      'an event field on a person',
      'correctEntity',
      { id: 'person:sarfraz-bugti', input: { status: 'PLANNED' }, source: cite(TOLL) },
      'input.status',
    ],
    [
      'a source without evidence',
      'correctEntity',
      { id: 'event:kalat-operation-2025-12-06', input: { status: 'CONCLUDED' }, source: { articleId: TOLL } },
      'source.evidence',
    ],
    [
      'an article not in the graph',
      'updateFigure',
      { id: 'figure:bugti-2025-civilian-casualties', input: { value: 1 }, source: cite('article:nowhere') },
      'source.articleId',
    ],
    [
      'a field that cannot be cleared',
      'updateFigure',
      { id: 'figure:bugti-2025-civilian-casualties', input: { clear: ['metric'] }, source: cite(TOLL) },
      'input.clear',
    ],
    [
      'a negative count',
      'updateFigure',
      { id: 'figure:bugti-2025-civilian-casualties', input: { value: -3 }, source: cite(TOLL) },
      /value$/,
    ],
    [
      'a date that is no date',
      'updateClaim',
      { id: 'claim:ispr-kalat-weapons-recovered', input: { date: '2025-13' }, source: cite(TOLL) },
      'input.date',
    ],
    [
      'two speakers in one stance',
      'addStance',
      {
        claimId: 'claim:ispr-kalat-weapons-recovered',
        stance: { actorId: 'org:ispr', outlet: true, stance: 'DENIES' },
        source: cite(TOLL),
      },
      /actorId$/,
    ],
    [
      'a position correction with no date',
      'correctPosition',
      {
        personId: 'person:hajji-najib',
        officeId: 'office:deputy-interior-minister-of-afghanistan',
        input: {},
        source: cite(TALKS_ARTICLE),
      },
      'input',
    ],
    [
      'a claim conflicting with itself',
      'markClaimConflict',
      { claimId: 'claim:ispr-kalat-weapons-recovered', otherId: 'claim:ispr-kalat-weapons-recovered' },
      'otherId',
    ],
    [
      'no field to prefer',
      'preferAccount',
      { id: 'event:kalat-operation-2025-12-06', articleId: TOLL, fields: [] },
      'fields',
    ],
  ];

  it.each(bad)('refuses %s (BAD_USER_INPUT naming the field) and writes nothing', async (_what, m, vars, field) => {
    const before = await counts();
    const r = await app.post(M[m], vars);
    const err = r.body.errors?.[0];
    expect(err?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(err?.extensions?.field).toMatch(
      typeof field === 'string' ? new RegExp(`^${field.replace('.', '\\.')}$`) : field,
    );
    expect(await counts()).toEqual(before);
  });

  it('answers NOT_FOUND for a figure, a stance or a position that is not there', async () => {
    for (const [m, vars] of [
      ['removeFigure', { id: 'figure:nothing-here' }],
      ['removeStance', { claimId: 'claim:ispr-kalat-weapons-recovered', speakerId: 'org:nobody', stance: 'DENIES' }],
      ['removePosition', { personId: 'person:hajji-najib', officeId: 'office:nothing' }],
    ] as const) {
      const r = await app.post(M[m], vars);
      expect(r.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    }
  });
});
