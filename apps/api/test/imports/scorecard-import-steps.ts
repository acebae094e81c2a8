// What both job drivers must do with an import: post a file, wait for its job, read the job back.
import type { TestApp } from '../support/test-app';
import type { Walker } from '../support/partnership-walk';
import { waitFor } from '../support/wait';
import { KOBO_MAPPING } from './kobo-export';

export function importSteps(t: TestApp, w: Walker) {
  const post = (who: string, fields: Record<string, string>, file?: { name: string; content: Buffer }) => {
    const request = t.http.post('/api/imports/scorecards').auth(w.tokens[who]!, { type: 'bearer' });
    for (const [name, value] of Object.entries(fields)) request.field(name, value);
    if (file) request.attach('file', file.content, { filename: file.name, contentType: 'text/csv' });
    return request;
  };
  const upload = (who: string, partnershipId: string, content: Buffer, extra: Record<string, string> = {}) =>
    post(who, { partnershipId, mapping: JSON.stringify(KOBO_MAPPING), ...extra }, { name: 'ការវាយតម្លៃ_scorecard.csv', content });
  const finished = (who: string, jobId: string) =>
    waitFor(`import job ${jobId}`, async () => {
      const job = (await t.http.get(`/api/jobs/${jobId}`).auth(w.tokens[who]!, { type: 'bearer' }).expect(200)).body;
      return ['completed', 'failed'].includes(job.status) ? job : null;
    }, 60_000);
  const scorecardCount = async (partnershipId: string) =>
    Number((await t.dataSource.query(`SELECT count(*) AS n FROM scorecards WHERE partnership_id = $1`, [partnershipId]))[0].n);
  return { post, upload, finished, scorecardCount };
}
