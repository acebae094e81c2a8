import { validationMessage } from '@daikou/domain';
// Sign-in with lockout after repeated failures, sign-out, password change — each audited.
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { Problem } from '../common/problem';
import type { RequestContext } from '../common/request-context';
import { User } from '../users/user.entity';
import { hashPassword, spendVerifyTime, verifyPassword } from './passwords';
import { SessionsService } from './sessions.service';
import { toUserView, type UserView } from './user-view';

export const MAX_FAILED_LOGINS = 5;
export const LOCK_MINUTES = 15;

@Injectable()
export class AuthService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly sessions: SessionsService,
    private readonly audit: AuditService,
  ) {}

  async login(
    context: RequestContext,
    email: string,
    password: string,
  ): Promise<{ token: string; expiresAt: Date; user: UserView }> {
    const users = this.dataSource.getRepository(User);
    const user = await users.findOneBy({ email: email.trim().toLowerCase() });
    if (!user) {
      await spendVerifyTime(password);
      await this.audit.recordAlone(context, { action: 'auth.login_failed', summary: { email, reason: 'unknown_email' } });
      throw new Problem('invalid_credentials');
    }
    if (user.lockedUntil && user.lockedUntil > new Date()) {
      await this.audit.recordAlone(context, { action: 'auth.login_failed', entityType: 'user', entityId: user.id, summary: { reason: 'locked' } });
      throw new Problem('account_locked', `Try again after ${user.lockedUntil.toISOString()}`);
    }
    const valid = await verifyPassword(user.passwordHash, password);
    if (!valid || !user.active) {
      await this.dataSource.transaction(async (manager) => {
        const failures = valid ? user.failedLogins : user.failedLogins + 1;
        const lock = failures >= MAX_FAILED_LOGINS;
        await manager.update(User, user.id, {
          failedLogins: lock ? 0 : failures,
          lockedUntil: lock ? new Date(Date.now() + LOCK_MINUTES * 60_000) : user.lockedUntil,
        });
        await this.audit.record(manager, context, {
          action: 'auth.login_failed',
          entityType: 'user',
          entityId: user.id,
          summary: { reason: valid ? 'deactivated' : 'wrong_password', ...(lock ? { lockedForMinutes: LOCK_MINUTES } : {}) },
        });
      });
      throw new Problem('invalid_credentials');
    }
    return this.dataSource.transaction(async (manager) => {
      await manager.update(User, user.id, { failedLogins: 0, lockedUntil: null });
      const session = await this.sessions.create(manager, user.id, { ip: context.ip, userAgent: context.userAgent });
      await this.audit.record(
        manager,
        { ...context, actor: { userId: user.id, role: user.role, organizationId: user.organizationId, isSignatory: user.isSignatory } },
        { action: 'auth.login', entityType: 'user', entityId: user.id },
      );
      return { ...session, user: toUserView(user) };
    });
  }

  async logout(context: RequestContext): Promise<void> {
    if (!context.sessionId) return;
    await this.dataSource.transaction(async (manager) => {
      await this.sessions.revoke(manager, context.sessionId!);
      await this.audit.record(manager, context, { action: 'auth.logout', entityType: 'user', entityId: context.actor?.userId });
    });
  }

  async changePassword(context: RequestContext, currentPassword: string, newPassword: string): Promise<void> {
    const user = await this.dataSource.getRepository(User).findOneByOrFail({ id: context.actor!.userId });
    if (!(await verifyPassword(user.passwordHash, currentPassword))) {
      throw new Problem('validation', 'The current password is wrong', [{ path: 'currentPassword', message: validationMessage('current_password_wrong') }]);
    }
    const passwordHash = await hashPassword(newPassword);
    await this.dataSource.transaction(async (manager) => {
      await manager.update(User, user.id, { passwordHash });
      // Every other session ends: whoever knew the old password is signed out.
      await this.sessions.revokeAllOf(manager, user.id, context.sessionId ?? undefined);
      await this.audit.record(manager, context, { action: 'auth.password_changed', entityType: 'user', entityId: user.id });
    });
  }
}
