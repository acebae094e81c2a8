// Writes audit entries inside the caller's transaction (so an entry exists exactly when its change does).
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { RequestContext } from '../common/request-context';
import { AuditEntry } from './audit-entry.entity';
import { entryHash, GENESIS_HASH, verifyChain, type ChainCheck } from './audit-chain';

export interface AuditEvent {
  action: string;
  entityType?: string;
  entityId?: string;
  summary?: Record<string, unknown>;
}

// One writer at a time appends to the chain: the lock is held until the writer's transaction ends.
const AUDIT_CHAIN_LOCK = 7_311_245_001;

@Injectable()
export class AuditService {
  constructor(private readonly dataSource: DataSource) {}

  async record(manager: EntityManager, context: RequestContext, event: AuditEvent): Promise<void> {
    await manager.query(`SELECT pg_advisory_xact_lock($1)`, [AUDIT_CHAIN_LOCK]);
    const last: { seq: string; hash: string }[] = await manager.query(
      `SELECT seq, hash FROM audit_entries ORDER BY seq DESC LIMIT 1`,
    );
    const fields = {
      seq: String(BigInt(last[0]?.seq ?? '0') + 1n),
      at: new Date(),
      actorId: context.actor?.userId ?? null,
      actorOrganizationId: context.actor?.organizationId ?? null,
      action: event.action,
      entityType: event.entityType ?? null,
      entityId: event.entityId ?? null,
      summary: event.summary ?? {},
      requestId: context.requestId,
      ip: context.ip,
    };
    const prevHash = last[0]?.hash ?? GENESIS_HASH;
    const entry = manager.getRepository(AuditEntry).create({ ...fields, prevHash, hash: entryHash(prevHash, fields) });
    await manager.getRepository(AuditEntry).save(entry, { reload: false });
  }

  /** For events whose request fails afterwards (refusals, failed sign-ins): their own transaction. */
  recordAlone(context: RequestContext, event: AuditEvent): Promise<void> {
    return this.dataSource.transaction((manager) => this.record(manager, context, event));
  }

  /** Reads the whole chain in pages and checks every link. */
  async verify(): Promise<ChainCheck> {
    const pageSize = 5000;
    let after = '0';
    let previous = GENESIS_HASH;
    let total = 0;
    for (;;) {
      const page = await this.dataSource.getRepository(AuditEntry).createQueryBuilder('a')
        .where('a.seq > :after', { after }).orderBy('a.seq', 'ASC').limit(pageSize).getMany();
      if (page.length === 0) return { ok: true, entries: total };
      if (after !== '0' && BigInt(page[0]!.seq) !== BigInt(after) + 1n) {
        return { ok: false, entries: total + 1, brokenAt: page[0]!.seq, reason: `entry ${BigInt(after) + 1n} is missing` };
      }
      const check = verifyChain(page, previous);
      if (!check.ok) return { ...check, entries: total + check.entries };
      total += page.length;
      previous = page[page.length - 1]!.hash;
      after = page[page.length - 1]!.seq;
    }
  }
}
