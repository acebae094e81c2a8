// The page a printed MoU's QR code opens: public, plain HTML, bilingual, escaping what it shows.
import { startTestApp, type TestApp } from '../support/test-app';
import { walker } from '../support/partnership-walk';

describe('GET /verify/:hash', () => {
  let t: TestApp;
  afterAll(() => t?.close());

  it('says which partnership and version a signed hash belongs to, without login', async () => {
    t = await startTestApp();
    const w = await walker(t);
    const id = await w.activePartnership({ title: 'Scorecards <b>& JAAP</b>' });
    const version = await w.as('sna').get(`/api/partnerships/${id}/mou/versions/1`).expect(200);
    const page = await t.http.get(`/verify/${version.body.textHash}`).expect(200);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.text).toContain('Signed by every party');
    expect(page.text).toContain('បានចុះហត្ថលេខាដោយភាគីទាំងអស់');
    expect(page.text).toContain('Scorecards &lt;b&gt;&amp; JAAP&lt;/b&gt;');
    expect(page.text).not.toContain('<b>& JAAP');
    const unknown = await t.http.get(`/verify/${'0'.repeat(64)}`).expect(200);
    expect(unknown.text).toContain('does not match any MoU version');
    const garbage = await t.http.get('/verify/not-a-hash').expect(200);
    expect(garbage.text).toContain('does not match any MoU version');
  });
});
