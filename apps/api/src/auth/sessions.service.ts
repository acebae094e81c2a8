// Server-side sessions: created at sign-in, looked up on each request, revoked by sign-out, password change or deactivation.
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor, Role } from '@daikou/domain';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { hashToken, newSessionToken } from './tokens';

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  organizationId: string;
  isSignatory: boolean;
  locale: 'km' | 'en';
}

@Injectable()
export class SessionsService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async create(
    manager: EntityManager,
    userId: string,
    meta: { ip: string | null; userAgent: string | null },
  ): Promise<{ token: string; expiresAt: Date }> {
    const token = newSessionToken();
    const expiresAt = new Date(Date.now() + this.config.sessionTtlHours * 3600_000);
    await manager.query(
      `INSERT INTO sessions (token_hash, user_id, expires_at, ip, user_agent) VALUES ($1, $2, $3, $4, $5)`,
      [hashToken(token), userId, expiresAt, meta.ip, meta.userAgent?.slice(0, 500) ?? null],
    );
    return { token, expiresAt };
  }

  async resolve(token: string): Promise<{ actor: Actor; user: SessionUser; sessionId: string } | null> {
    const rows: (SessionUser & { sessionId: string })[] = await this.dataSource.query(
      `SELECT s.id AS "sessionId", u.id, u.email, u.name, u.role, u.organization_id AS "organizationId",
              u.is_signatory AS "isSignatory", u.locale
         FROM sessions s JOIN users u ON u.id = s.user_id
        WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now() AND u.active`,
      [hashToken(token)],
    );
    const row = rows[0];
    if (!row) return null;
    const { sessionId, ...user } = row;
    return {
      sessionId,
      user,
      actor: { userId: user.id, role: user.role, organizationId: user.organizationId, isSignatory: user.isSignatory },
    };
  }

  async revoke(manager: EntityManager, sessionId: string): Promise<void> {
    await manager.query(`UPDATE sessions SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL`, [sessionId]);
  }

  async revokeAllOf(manager: EntityManager, userId: string, exceptSessionId?: string): Promise<void> {
    await manager.query(
      `UPDATE sessions SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL AND id IS DISTINCT FROM $2`,
      [userId, exceptSessionId ?? null],
    );
  }
}
