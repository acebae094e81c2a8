// Who the benchmarks act as: a reviewer (sees the whole country) and the officer whose organisation sees the most
// partnerships (a provincial administration: its own, and those of the administrations it endorses).
import pg from 'pg';

export interface BenchUsers {
  reviewerEmail: string;
  officerEmail: string;
  officerOrganizationId: string;
  /** Partnerships the officer's organisation sees. */
  officerSees: number;
}

export async function benchUsers(databaseUrl: string): Promise<BenchUsers> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const [busiest] = (await client.query(`
      WITH visible AS (
        SELECT pp.organization_id AS org, pp.partnership_id FROM partnership_parties pp
        UNION
        SELECT o.endorsing_organization_id, pp.partnership_id FROM partnership_parties pp JOIN organizations o ON o.id = pp.organization_id
         WHERE o.endorsing_organization_id IS NOT NULL)
      SELECT v.org, count(*)::int AS seen FROM visible v GROUP BY v.org ORDER BY seen DESC, v.org LIMIT 1`)).rows as { org: string; seen: number }[];
    const [officer] = (await client.query(`SELECT email FROM users WHERE organization_id = $1 AND role IN ('sna_officer', 'cso_officer') ORDER BY is_signatory, email LIMIT 1`, [busiest!.org])).rows as { email: string }[];
    const [reviewer] = (await client.query(`SELECT email FROM users WHERE role = 'moi_reviewer' ORDER BY email LIMIT 1`)).rows as { email: string }[];
    return { reviewerEmail: reviewer!.email, officerEmail: officer!.email, officerOrganizationId: busiest!.org, officerSees: busiest!.seen };
  } finally {
    await client.end();
  }
}
