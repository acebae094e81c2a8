// First start: the first admin (from DAIKOU_ADMIN_EMAIL/PASSWORD, or the demo admin) and, with DAIKOU_DEMO=1, demo data
// (with DAIKOU_DEMO_PORTFOLIO=1 also the demo portfolio).
import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { AuditService } from '../audit/audit.service';
import { hashPassword } from '../auth/passwords';
import { SYSTEM_CONTEXT } from '../common/request-context';
import { PROCESS_ROLE, type ProcessRole } from '../jobs/jobs.service';
import { Organization } from '../organizations/organization.entity';
import { OrganizationsService } from '../organizations/organizations.service';
import { User } from '../users/user.entity';
import { UsersService } from '../users/users.service';
import { DEMO_ACCOUNTS, DEMO_ORGANIZATIONS, DEMO_PASSWORD } from './demo-data';
import { PORTFOLIO_ACCOUNTS } from './demo-portfolio-data';
import { DemoPortfolioService } from './demo-portfolio.service';

// API processes may start together: one of them seeds, the others wait for it.
const BOOTSTRAP_LOCK = 7_311_245_002;

@Injectable()
export class BootstrapService implements OnApplicationBootstrap {
  private readonly logger = new Logger('Bootstrap');

  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(PROCESS_ROLE) private readonly role: ProcessRole,
    private readonly organizations: OrganizationsService,
    private readonly users: UsersService,
    private readonly audit: AuditService,
    private readonly portfolio: DemoPortfolioService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.role !== 'api') return;
    const { printed, portfolioClaimed } = await this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock($1)', [BOOTSTRAP_LOCK]);
      await this.ensureAdmin(manager);
      const seeded = this.config.demo ? await this.seedDemo(manager) : false;
      return { printed: seeded, portfolioClaimed: this.config.demoPortfolio ? await this.portfolio.claim(manager) : false };
    });
    // Played outside the start-up transaction: every step is a transaction of its own, as through the API.
    if (portfolioClaimed) {
      // Start-up logs are held until the server listens: say now why this first start takes a while.
      if (this.config.logLevel !== 'silent') console.log('Loading the demo portfolio (first start only; about a minute)…');
      await this.portfolio.play();
    } else if (this.config.demoPortfolio && !(await this.portfolio.loadedWhole())) {
      this.logger.warn(
        'The demo portfolio is not whole yet: another process is loading it, or an earlier start stopped while loading it (then start on an empty database to load it whole)',
      );
    }
    if (this.config.demo && this.config.logLevel !== 'silent') this.printDemoCredentials(printed);
  }

  private async ensureAdmin(manager: EntityManager): Promise<void> {
    if (await manager.getRepository(User).existsBy({ role: 'admin', active: true })) return;
    if (!this.config.admin) {
      this.logger.warn('No admin exists: set DAIKOU_ADMIN_EMAIL and DAIKOU_ADMIN_PASSWORD to create the first one');
      return;
    }
    const ministry =
      (await manager.getRepository(Organization).findOneBy({ type: 'ministry' })) ??
      (await this.organizations.insert(manager, DEMO_ORGANIZATIONS[0]!));
    const admin = await this.users.insert(manager, {
      email: this.config.admin.email,
      name: 'Administrator',
      role: 'admin',
      organizationId: ministry.id,
      locale: 'en',
      passwordHash: await hashPassword(this.config.admin.password),
    });
    await this.audit.record(manager, SYSTEM_CONTEXT, { action: 'user.create', entityType: 'user', entityId: admin.id, summary: { email: admin.email, role: 'admin', reason: 'first start' } });
    this.logger.log(`Created the first admin ${admin.email}`);
  }

  /** Idempotent: only while the demo accounts are absent. Returns whether it seeded now. */
  private async seedDemo(manager: EntityManager): Promise<boolean> {
    if (await manager.getRepository(User).existsBy({ email: DEMO_ACCOUNTS[0]!.email })) return false;
    const ids = new Map<string, string>();
    // The first admin (from the environment) may already have created the ministry.
    const ministry = await manager.getRepository(Organization).findOneBy({ type: 'ministry', name: DEMO_ORGANIZATIONS[0]!.name });
    if (ministry) ids.set(DEMO_ORGANIZATIONS[0]!.key, ministry.id);
    for (const { key, endorsedBy, ...input } of DEMO_ORGANIZATIONS) {
      if (ids.has(key)) continue;
      const organization = await this.organizations.insert(manager, { ...input, endorsingOrganizationId: endorsedBy ? ids.get(endorsedBy) : undefined });
      ids.set(key, organization.id);
    }
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    for (const account of DEMO_ACCOUNTS) {
      await this.users.insert(manager, { ...account, organizationId: ids.get(account.organization)!, passwordHash });
    }
    await this.audit.record(manager, SYSTEM_CONTEXT, { action: 'demo.seed', summary: { organizations: ids.size, users: DEMO_ACCOUNTS.length } });
    return true;
  }

  private printDemoCredentials(seededNow: boolean): void {
    const accounts = this.config.demoPortfolio ? [...DEMO_ACCOUNTS, ...PORTFOLIO_ACCOUNTS] : DEMO_ACCOUNTS;
    const lines = accounts.map((a) => `  ${a.role.padEnd(13)} ${a.email.padEnd(28)} ${a.isSignatory ? '(signatory)' : ''}`);
    console.log(
      [
        '',
        `DEMO CREDENTIALS (demo data ${seededNow ? 'loaded now' : 'already present'}; for trying Daikou only — never use them for real data)`,
        `  password for every demo account: ${DEMO_PASSWORD}`,
        ...lines,
        '',
      ].join('\n'),
    );
  }
}
