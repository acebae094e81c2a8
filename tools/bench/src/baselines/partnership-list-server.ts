// Baseline of the api-list benchmark: GET /api/partnerships?province=&status= with the very SQL the API sends
// (session lookup, the scoped list, the parties of the page) through bare `pg` in a minimal node:http server.
// What the API spends beyond this is the framework: routing, guards, validation, logging, serialisation.
import { createHash } from 'node:crypto';
import http from 'node:http';
import pg from 'pg';

const SESSION_SQL = `SELECT s.id AS "sessionId", u.id, u.email, u.name, u.role, u.organization_id AS "organizationId",
              u.is_signatory AS "isSignatory", u.locale
         FROM sessions s JOIN users u ON u.id = s.user_id
        WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now() AND u.active`;
const COLUMNS = `"p"."id" AS "p_id", "p"."title" AS "p_title", "p"."function" AS "p_function", "p"."form" AS "p_form", "p"."goals" AS "p_goals", "p"."admin_unit_codes" AS "p_admin_unit_codes", "p"."province_codes" AS "p_province_codes", "p"."sectors" AS "p_sectors", "p"."start_date" AS "p_start_date", "p"."end_date" AS "p_end_date", "p"."status" AS "p_status", "p"."status_since" AS "p_status_since", "p"."current_mou_version" AS "p_current_mou_version", "p"."approved_mou_version" AS "p_approved_mou_version", "p"."signed_mou_version" AS "p_signed_mou_version", "p"."search_text" AS "p_search_text", "p"."created_by" AS "p_created_by", "p"."created_at" AS "p_created_at", "p"."updated_at" AS "p_updated_at", "p"."version" AS "p_version"`;
const ALL_SQL = `SELECT ${COLUMNS} FROM "partnerships" "p" WHERE "p"."status" = $1 AND "p"."province_codes" @> ARRAY[$2]::text[] ORDER BY "p"."updated_at" DESC, "p"."id" DESC LIMIT 51`;
const SCOPED_SQL = `SELECT ${COLUMNS} FROM "partnerships" "p" WHERE "p"."id" IN (SELECT pp.partnership_id FROM partnership_parties pp WHERE pp.organization_id = $1
                  UNION ALL
                  SELECT pp.partnership_id FROM partnership_parties pp JOIN organizations o ON o.id = pp.organization_id
                   WHERE o.endorsing_organization_id = $1) AND "p"."status" = $2 AND "p"."province_codes" @> ARRAY[$3]::text[] ORDER BY "p"."updated_at" DESC, "p"."id" DESC LIMIT 51`;
const PARTIES_SQL = `SELECT pp.partnership_id AS "partnershipId", o.id AS "organizationId", o.name, o.name_km AS "nameKm", o.kind
             FROM partnership_parties pp JOIN organizations o ON o.id = pp.organization_id
            WHERE pp.partnership_id = ANY($1::uuid[]) ORDER BY o.kind DESC, o.name`;
const PAGE = 50;

type Row = Record<string, unknown>;

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });

async function list(token: string, status: string, province: string): Promise<unknown> {
  const [session] = (await pool.query(SESSION_SQL, [createHash('sha256').update(token).digest('hex')])).rows as Row[];
  if (!session) return null;
  const all = session.role === 'moi_reviewer' || session.role === 'admin';
  const rows = (await pool.query(all ? ALL_SQL : SCOPED_SQL, all ? [status, province] : [session.organizationId, status, province])).rows as Row[];
  const items = rows.slice(0, PAGE);
  const parties = items.length ? ((await pool.query(PARTIES_SQL, [items.map((p) => p.p_id)])).rows as Row[]) : [];
  const last = items[items.length - 1];
  return {
    nextCursor: rows.length > PAGE && last ? Buffer.from(JSON.stringify([(last.p_updated_at as Date).toISOString(), last.p_id])).toString('base64url') : null,
    items: items.map((p) => ({
      id: p.p_id, title: p.p_title, function: p.p_function, form: p.p_form, status: p.p_status, statusSince: (p.p_status_since as Date).toISOString(),
      adminUnitCodes: p.p_admin_unit_codes, sectors: p.p_sectors, startDate: p.p_start_date, endDate: p.p_end_date, updatedAt: (p.p_updated_at as Date).toISOString(),
      parties: parties.filter((row) => row.partnershipId === p.p_id).map(({ partnershipId: _p, ...party }) => party),
    })),
  };
}

// Dates stay text, as TypeORM reads `date` columns.
pg.types.setTypeParser(1082, (value) => value);

http
  .createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://baseline');
    if (url.pathname === '/api/health') {
      response.end('{"status":"ok"}');
      return;
    }
    const token = /^Bearer\s+(.+)$/i.exec(request.headers.authorization ?? '')?.[1]?.trim();
    list(token ?? '', url.searchParams.get('status') ?? '', url.searchParams.get('province') ?? '')
      .then((page) => {
        response.writeHead(page ? 200 : 401, { 'content-type': 'application/json; charset=utf-8' });
        response.end(JSON.stringify(page ?? { status: 401 }));
      })
      .catch((error: unknown) => {
        response.writeHead(500);
        response.end(String(error));
      });
  })
  .listen(Number(process.env.PORT), '127.0.0.1');
