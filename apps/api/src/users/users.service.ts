// People: admins create, change and deactivate users; deactivation and password resets end their sessions.
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { checkRoleOrganizationKind, type Role, type UserCreateInput, type UserUpdateInput, validationMessage } from '@daikou/domain';
import { AccessService } from '../auth/access.service';
import { hashPassword } from '../auth/passwords';
import { SessionsService } from '../auth/sessions.service';
import { toUserView, type UserView } from '../auth/user-view';
import { AuditService } from '../audit/audit.service';
import { cursorParts, decodeCursor, toPage, type Page } from '../common/pagination';
import { notFound, Problem } from '../common/problem';
import type { RequestContext } from '../common/request-context';
import { Organization } from '../organizations/organization.entity';
import { changesOf } from '../common/changes';
import { User } from './user.entity';

export type AdminUserView = UserView & { active: boolean; createdAt: string };

function adminView(user: User): AdminUserView {
  return { ...toUserView(user), active: user.active, createdAt: user.createdAt.toISOString() };
}

export interface UserQuery {
  limit: number;
  cursor?: string;
  organizationId?: string;
  role?: Role;
  q?: string;
  active?: boolean;
}

@Injectable()
export class UsersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly sessions: SessionsService,
  ) {}

  async create(context: RequestContext, input: UserCreateInput): Promise<AdminUserView> {
    await this.access.authorize(context, 'user.create');
    const passwordHash = await hashPassword(input.password);
    return this.dataSource.transaction(async (manager) => {
      const user = await this.insert(manager, { ...input, passwordHash });
      await this.audit.record(manager, context, {
        action: 'user.create',
        entityType: 'user',
        entityId: user.id,
        summary: { email: user.email, role: user.role, organizationId: user.organizationId, isSignatory: user.isSignatory },
      });
      return adminView(user);
    });
  }

  /** Also used by the first-start admin and demo data. */
  async insert(manager: EntityManager, input: Omit<UserCreateInput, 'password'> & { passwordHash: string }): Promise<User> {
    await this.requireFittingOrganization(manager, input.role, input.organizationId);
    const email = input.email.trim().toLowerCase();
    if (await manager.getRepository(User).existsBy({ email })) {
      throw new Problem('duplicate', 'A user with this e-mail exists', [{ path: 'email', message: validationMessage('email_taken') }]);
    }
    const repository = manager.getRepository(User);
    return repository.save(
      repository.create({
        email,
        name: input.name,
        passwordHash: input.passwordHash,
        role: input.role,
        organizationId: input.organizationId,
        isSignatory: input.isSignatory ?? false,
        locale: input.locale ?? 'km',
      }),
    );
  }

  async get(context: RequestContext, id: string): Promise<AdminUserView> {
    await this.access.authorize(context, 'user.read', { userId: id }, { type: 'user', id });
    const user = await this.dataSource.getRepository(User).findOneBy({ id });
    if (!user) throw notFound('The user');
    return adminView(user);
  }

  async update(context: RequestContext, id: string, patch: UserUpdateInput): Promise<AdminUserView> {
    await this.access.authorize(context, patch.active === false ? 'user.deactivate' : 'user.update');
    const { password, ...fields } = patch;
    const passwordHash = password ? await hashPassword(password) : undefined;
    return this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(User);
      const user = await repository.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!user) throw notFound('The user');
      if (fields.email) {
        fields.email = fields.email.trim().toLowerCase();
        if (fields.email !== user.email && (await repository.existsBy({ email: fields.email }))) {
          throw new Problem('duplicate', 'A user with this e-mail exists', [{ path: 'email', message: validationMessage('email_taken') }]);
        }
      }
      if (fields.role !== undefined || fields.organizationId !== undefined) {
        await this.requireFittingOrganization(manager, fields.role ?? user.role, fields.organizationId ?? user.organizationId);
      }
      if (id === context.actor?.userId && (fields.active === false || (fields.role && fields.role !== 'admin'))) {
        throw new Problem('conflict', 'You cannot deactivate yourself or remove your own admin role');
      }
      const changes = changesOf(user, fields);
      Object.assign(user, fields);
      if (passwordHash) user.passwordHash = passwordHash;
      if (fields.active === true) Object.assign(user, { failedLogins: 0, lockedUntil: null });
      const saved = await repository.save(user);
      // Ending sessions is what makes deactivation and password resets take effect at once.
      if (fields.active === false || passwordHash) await this.sessions.revokeAllOf(manager, id);
      await this.audit.record(manager, context, {
        action: fields.active === false ? 'user.deactivate' : 'user.update',
        entityType: 'user',
        entityId: id,
        summary: { ...changes, ...(passwordHash ? { password: 'reset' } : {}) },
      });
      return adminView(saved);
    });
  }

  async list(context: RequestContext, query: UserQuery): Promise<Page<AdminUserView>> {
    await this.access.authorize(context, 'user.list');
    const qb = this.dataSource.getRepository(User).createQueryBuilder('u').orderBy('u.email', 'ASC').limit(query.limit + 1);
    if (query.organizationId) qb.andWhere('u.organization_id = :org', { org: query.organizationId });
    if (query.role) qb.andWhere('u.role = :role', { role: query.role });
    if (query.active !== undefined) qb.andWhere('u.active = :active', { active: query.active });
    if (query.q) qb.andWhere('(u.email ILIKE :q OR u.name ILIKE :q)', { q: `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` });
    const cursor = decodeCursor(query.cursor, [cursorParts.text]);
    if (cursor) qb.andWhere('u.email > :email', { email: cursor[0] });
    const page = toPage(await qb.getMany(), query.limit, (u) => [u.email]);
    return { items: page.items.map(adminView), nextCursor: page.nextCursor };
  }

  private async requireFittingOrganization(manager: EntityManager, role: Role, organizationId: string): Promise<void> {
    const organization = await manager.getRepository(Organization).findOneBy({ id: organizationId });
    if (!organization) throw new Problem('validation', 'Unknown organisation', [{ path: 'organizationId', message: validationMessage('organization_unknown') }]);
    const check = checkRoleOrganizationKind(role, organization.kind);
    if (!check.ok) throw new Problem('validation', 'The role does not fit the organisation', [{ path: 'role', message: validationMessage(check.code) }]);
  }
}
