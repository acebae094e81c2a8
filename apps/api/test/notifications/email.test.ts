// Each notification is e-mailed exactly once, in the recipient's language, under both job drivers;
// a re-delivered job sends nothing more.
import { JobRunner } from '../../src/jobs/job-runner';
import { startTestApp, type TestApp } from '../support/test-app';
import { waitFor } from '../support/wait';
import { demoSession, type DemoSession } from './demo-partnership';
import { startSmtpSink, type SentMail } from './smtp-sink';
import { startWorkerApp } from '../support/worker-app';

describe.each([
  ['inline', false],
  ['bullmq', true],
])('notification e-mail with the %s driver', (_driver, redis) => {
  let t: TestApp;
  let worker: { close(): Promise<void> } | null = null;
  let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
  let demo: DemoSession;

  beforeAll(async () => {
    smtp = await startSmtpSink();
    const env = { SMTP_URL: smtp.url, MAIL_FROM: 'Daikou <daikou@example.test>', DAIKOU_PUBLIC_URL: 'https://daikou.example.test' };
    t = await startTestApp({ redis, env });
    // With Redis the API process only relays; a worker process (here: a second application context) sends.
    if (redis) worker = await startWorkerApp(t, { env });
    demo = await demoSession(t);
  });

  afterAll(async () => {
    await worker?.close();
    await t?.close();
    await smtp?.close();
  });

  interface Sent {
    id: string;
    email: string;
    locale: 'km' | 'en';
    title_en: string;
    title_km: string;
    body_en: string;
    body_km: string;
  }

  const notifications = (): Promise<Sent[]> =>
    t.dataSource.query(
      `SELECT n.id, u.email, u.locale, n.title_en, n.title_km, n.body_en, n.body_km FROM notifications n JOIN users u ON u.id = n.user_id`,
    );

  it('sends one e-mail per notification to its recipient, with a Khmer subject for Khmer readers', async () => {
    const id = await demo.createDraft();
    await demo.act('cso', id, 'submit_proposal').expect(200);
    const rows = await notifications();
    expect(rows.map((row) => row.email).sort()).toEqual(['cso.signatory@daikou.demo', 'reviewer@daikou.demo', 'sna.signatory@daikou.demo', 'sna@daikou.demo']);
    await waitFor('every notification to be e-mailed', async () => {
      const [{ pending }] = await t.dataSource.query(`SELECT count(*)::int AS pending FROM notifications WHERE emailed_at IS NULL`);
      return pending === 0 && smtp.mails.length >= rows.length;
    });
    expect(smtp.mails).toHaveLength(rows.length);
    for (const row of rows) {
      const mails = smtp.mails.filter((mail: SentMail) => mail.to.includes(row.email));
      expect(mails).toHaveLength(1);
      expect(mails[0]!.subject).toBe(row.locale === 'km' ? row.title_km : row.title_en);
      expect(mails[0]!.text).toBe(`${row.locale === 'km' ? row.body_km : row.body_en}\n\nhttps://daikou.example.test/partnerships/${id}`);
    }
    const reviewer = rows.find((row) => row.email === 'reviewer@daikou.demo')!;
    expect(reviewer.locale).toBe('km');
    expect(smtp.mails.find((mail) => mail.to.includes(reviewer.email))!.subject).toMatch(/[\u1780-\u17FF]/);
    const jobs: { status: string; result: unknown }[] = await t.dataSource.query(`SELECT status, result FROM jobs WHERE name = 'notifications.email'`);
    expect(jobs).toHaveLength(rows.length);
    for (const job of jobs) expect(job).toEqual({ status: 'completed', result: { sent: true } });
  });

  it('sends nothing more when the jobs are delivered again', async () => {
    const sent = smtp.mails.length;
    const [jobs]: [{ id: string; payload: unknown }[], number] = await t.dataSource.query(
      `UPDATE jobs SET status = 'pending' WHERE name = 'notifications.email' RETURNING id, payload`,
    );
    await t.jobs.flush();
    // Inline runs them again; BullMQ keeps one job per id and does not (the row stays queued).
    await waitFor('the re-sent jobs to settle', async () => {
      const rows: { status: string }[] = await t.dataSource.query(`SELECT status FROM jobs WHERE name = 'notifications.email'`);
      return rows.every((row) => row.status === (redis ? 'queued' : 'completed'));
    });
    // A second delivery of each job to the handler, as a retry after a lost acknowledgement would make it.
    const runner = new JobRunner(t.dataSource, t.jobs.registry);
    for (const job of jobs) {
      await t.dataSource.query(`UPDATE jobs SET status = 'queued' WHERE id = $1`, [job.id]);
      expect(await runner.run({ id: job.id, name: 'notifications.email', payload: job.payload, attempt: 2, maxAttempts: 5 })).toEqual({ sent: false });
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(smtp.mails).toHaveLength(sent);
  });
});

