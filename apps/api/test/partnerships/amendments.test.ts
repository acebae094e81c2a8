// Amending the MoU of an active partnership: reviewed and signed again while the signed version stays in force.
import { startTestApp, type TestApp } from '../support/test-app';
import { walker, type Walker } from '../support/partnership-walk';

describe('MoU amendments', () => {
  let t: TestApp;
  let w: Walker;
  let id: string;
  let amendmentId: string;

  beforeAll(async () => {
    t = await startTestApp();
    w = await walker(t);
    id = await w.activePartnership();
  });
  afterAll(() => t?.close());

  const amend = (who: string, action: string, body: object = {}) =>
    w.as(who).post(`/api/partnerships/${id}/amendments/${amendmentId}/actions/${action}`, body);

  it('is opened by a party’s officer, one at a time, never by others', async () => {
    await w.as('network').post(`/api/partnerships/${id}/amendments`, { reason: 'x' }).expect(404);
    await w.as('reviewer').post(`/api/partnerships/${id}/amendments`, { reason: 'x' }).expect(403);
    expect((await w.as('cso').post(`/api/partnerships/${id}/amendments`, {}).expect(422)).body.errors[0].path).toBe('reason');
    const opened = await w.as('cso').post(`/api/partnerships/${id}/amendments`, { reason: 'Add a second health centre' }).expect(201);
    amendmentId = opened.body.id;
    expect(opened.body).toMatchObject({ status: 'drafting', baseVersion: 1, currentVersion: null, allowedActions: expect.arrayContaining(['withdraw']) });
    await w.as('sna').post(`/api/partnerships/${id}/amendments`, { reason: 'Another' }).expect(409);
  });

  it('needs a version, is reviewed and signed again, and only then replaces the version in force', async () => {
    await amend('cso', 'submit').expect(409);
    const v1 = await w.as('cso').get(`/api/partnerships/${id}/mou/versions/1`).expect(200);
    const clauses = v1.body.clauses.map((c: { key: string; textEn: string }) => (c.key === 'purpose' ? { ...c, textEn: `${c.textEn} Champei health centre is added.` } : c));
    const v2 = await w.as('cso').post(`/api/partnerships/${id}/amendments/${amendmentId}/versions`, { clauses }).expect(201);
    expect(v2.body).toMatchObject({ number: 2, amendmentId });
    // Outside an amendment, an active partnership's MoU cannot be rewritten.
    await w.as('cso').post(`/api/partnerships/${id}/mou/versions`, { clauses }).expect(409);

    await amend('cso', 'submit').expect(200);
    await amend('reviewer', 'request_changes').expect(422);
    await amend('reviewer', 'request_changes', { comment: 'State the budget change too.' }).expect(200);
    await w.as('cso').post(`/api/partnerships/${id}/amendments/${amendmentId}/versions`, { clauses }).expect(201);
    await amend('sna', 'submit').expect(200);
    const approved = await amend('reviewer', 'approve').expect(200);
    expect(approved.body).toMatchObject({ status: 'awaiting_signatures', approvedVersion: 3 });

    const during = await w.as('cso').get(`/api/partnerships/${id}`).expect(200);
    expect(during.body).toMatchObject({ status: 'active', signedMouVersion: { number: 1 } });

    await amend('cso', 'sign').expect(403);
    await amend('cso.signatory', 'sign').expect(200);
    await amend('cso.signatory', 'sign').expect(409);
    const inForce = await amend('sna.signatory', 'sign').expect(200);
    expect(inForce.body.status).toBe('in_force');
    const after = await w.as('cso').get(`/api/partnerships/${id}`).expect(200);
    expect(after.body).toMatchObject({ status: 'active', signedMouVersion: { number: 3 } });
    const signatures = await w.as('cso').get(`/api/partnerships/${id}/mou/signatures`).expect(200);
    const v3 = await w.as('cso').get(`/api/partnerships/${id}/mou/versions/3`).expect(200);
    expect(signatures.body.filter((s: { versionNumber: number }) => s.versionNumber === 3).map((s: { textHash: string }) => s.textHash)).toEqual([v3.body.textHash, v3.body.textHash]);
  });

  it('ends an open amendment when the partnership is terminated', async () => {
    const opened = await w.as('sna').post(`/api/partnerships/${id}/amendments`, { reason: 'Extend the dates' }).expect(201);
    await w.act(id, 'reviewer', 'terminate', { reason: 'Funding ended' }).expect(200);
    const list = await w.as('sna').get(`/api/partnerships/${id}/amendments`).expect(200);
    expect(list.body.find((a: { id: string }) => a.id === opened.body.id)).toMatchObject({ status: 'withdrawn', allowedActions: [] });
  });
});
