// DAIKOU_DEMO_PORTFOLIO=1: partnerships in every status with their history, monitoring and reviews, played once
// through the platform's own services by the demo accounts, then dated back over the last years.
import { Injectable, Logger, type Type } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { DataSource, In, type EntityManager } from 'typeorm';
import type { OrganizationKind } from '@daikou/domain';
import { AuditService } from '../audit/audit.service';
import { hashPassword } from '../auth/passwords';
import { SYSTEM_CONTEXT, type RequestContext } from '../common/request-context';
import { InsightRollupsService } from '../insight/insight-rollups.service';
import { CommitmentsService } from '../joint-work/commitments.service';
import { ActionItemsService } from '../monitoring/action-items.service';
import { FeedbackService } from '../monitoring/feedback.service';
import { IndicatorsService } from '../monitoring/indicators.service';
import { ReportsService } from '../monitoring/reports.service';
import { ScorecardsService } from '../monitoring/scorecards.service';
import { ServicePointsService } from '../monitoring/service-points.service';
import { Organization } from '../organizations/organization.entity';
import { OrganizationsService } from '../organizations/organizations.service';
import { MouService } from '../partnerships/mou.service';
import { PartnershipActionsService } from '../partnerships/partnership-actions.service';
import { PartnershipsService } from '../partnerships/partnerships.service';
import { ReviewsService } from '../partnerships/reviews.service';
import { QualityService } from '../quality/quality.service';
import { User } from '../users/user.entity';
import { UsersService } from '../users/users.service';
import { DEMO_ACCOUNTS, DEMO_ORGANIZATIONS, DEMO_PASSWORD } from './demo-data';
import { DemoCalendar } from './demo-portfolio-calendar';
import { DemoClock } from './demo-portfolio-clock';
import { PORTFOLIO_ACCOUNTS, PORTFOLIO_ORGANIZATIONS, portfolioStories } from './demo-portfolio-data';
import { StoryPlayer, type PlayedStory, type PortfolioCast, type PortfolioServices } from './demo-portfolio-player';

const DEMO_EMAIL_DOMAIN = '@daikou.demo';
/** Written once the whole portfolio is in: a restart that finds the portfolio's accounts without it was interrupted. */
const LOADED_ACTION = 'demo.portfolio';
/** Marks what the loader did in the audit log (its entries carry no person's request). */
const LOADER_REQUEST_ID = 'demo-portfolio';

@Injectable()
export class DemoPortfolioService {
  private readonly logger = new Logger('DemoPortfolio');

  constructor(
    private readonly dataSource: DataSource,
    private readonly moduleRef: ModuleRef,
    private readonly audit: AuditService,
    private readonly organizations: OrganizationsService,
    private readonly users: UsersService,
  ) {}

  /**
   * In the start-up transaction (which holds the bootstrap lock, so one process claims it): adds the portfolio's
   * organisations and accounts unless they exist. True when it added them, and so must play the portfolio.
   */
  async claim(manager: EntityManager): Promise<boolean> {
    if (await manager.getRepository(User).existsBy({ email: PORTFOLIO_ACCOUNTS[0]!.email })) return false;
    const ids = await this.organizationIds(manager);
    for (const { key, ...input } of PORTFOLIO_ORGANIZATIONS) {
      ids.set(key, (await this.organizations.insert(manager, input)).id);
    }
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    for (const { organization, ...account } of PORTFOLIO_ACCOUNTS) {
      await this.users.insert(manager, { ...account, organizationId: ids.get(organization)!, passwordHash });
    }
    await this.audit.record(manager, SYSTEM_CONTEXT, {
      action: 'demo.portfolio_cast',
      summary: { organizations: PORTFOLIO_ORGANIZATIONS.length, users: PORTFOLIO_ACCOUNTS.length },
    });
    return true;
  }

  /** Plays every story, dates the portfolio back in one transaction, and brings the dashboards up to date. */
  async play(): Promise<void> {
    const started = Date.now();
    const calendar = new DemoCalendar(new Date());
    const clock = new DemoClock();
    const player = new StoryPlayer(this.services(), await this.cast(), calendar);
    const played: PlayedStory[] = [];
    for (const story of portfolioStories(calendar)) played.push(await player.play(story, clock));
    const partnershipIds = played.map((story) => story.partnershipId);
    const servicePointIds = played.flatMap((story) => (story.servicePointId ? [story.servicePointId] : []));
    await this.dataSource.transaction(async (manager) => {
      await clock.backdate(manager, { partnershipIds, servicePointIds });
      await this.audit.record(manager, SYSTEM_CONTEXT, {
        action: LOADED_ACTION,
        summary: { partnerships: partnershipIds.length, servicePoints: servicePointIds.length, datedBackTo: clock.earliest()?.toISOString() ?? null },
      });
    });
    // The triggers asked for each partnership's refresh as a job; refreshed here, the dashboards are current at once.
    const rollups = this.service(InsightRollupsService);
    for (const id of partnershipIds) await rollups.refresh(id);
    this.logger.log(`Demo portfolio loaded: ${partnershipIds.length} partnerships in ${Math.round((Date.now() - started) / 1000)} s`);
  }

  /** Whether the whole portfolio is in (false: another process is still loading it, or a start was interrupted). */
  async loadedWhole(): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(`SELECT 1 FROM audit_entries WHERE action = $1 LIMIT 1`, [LOADED_ACTION]);
    return rows.length > 0;
  }

  /** Most of these services are not exported by their modules: the demo is their only caller outside them. */
  private service<T>(type: Type<T>): T {
    return this.moduleRef.get(type, { strict: false });
  }

  private services(): PortfolioServices {
    return {
      partnerships: this.service(PartnershipsService),
      actions: this.service(PartnershipActionsService),
      mou: this.service(MouService),
      reviews: this.service(ReviewsService),
      commitments: this.service(CommitmentsService),
      quality: this.service(QualityService),
      indicators: this.service(IndicatorsService),
      reports: this.service(ReportsService),
      servicePoints: this.service(ServicePointsService),
      scorecards: this.service(ScorecardsService),
      actionItems: this.service(ActionItemsService),
      feedback: this.service(FeedbackService),
    };
  }

  /** The demo organisations by key, found by name (the ministry may have been made by the first admin). */
  private async organizationIds(manager: EntityManager): Promise<Map<string, string>> {
    const all = [...DEMO_ORGANIZATIONS, ...PORTFOLIO_ORGANIZATIONS];
    const rows = await manager.getRepository(Organization).find({ where: { name: In(all.map((o) => o.name)) }, select: { id: true, name: true } });
    return new Map(rows.flatMap((row) => all.filter((o) => o.name === row.name).map((o) => [o.key, row.id] as const)));
  }

  private async cast(): Promise<PortfolioCast> {
    const manager = this.dataSource.manager;
    const organizationIds = await this.organizationIds(manager);
    const kinds = new Map<string, OrganizationKind>([...DEMO_ORGANIZATIONS, ...PORTFOLIO_ORGANIZATIONS].map((o) => [o.key, o.kind]));
    const accounts = await manager.getRepository(User).find({ where: { email: In([...DEMO_ACCOUNTS, ...PORTFOLIO_ACCOUNTS].map((a) => a.email)) } });
    const contexts = new Map<string, RequestContext>(
      accounts.map((user) => [
        user.email.slice(0, -DEMO_EMAIL_DOMAIN.length),
        {
          ...SYSTEM_CONTEXT,
          requestId: LOADER_REQUEST_ID,
          actor: { userId: user.id, role: user.role, organizationId: user.organizationId, isSignatory: user.isSignatory },
        },
      ]),
    );
    return {
      as(account) {
        const context = contexts.get(account);
        if (!context) throw new Error(`Demo portfolio: no demo account ${account}${DEMO_EMAIL_DOMAIN}`);
        return context;
      },
      organization(key) {
        const id = organizationIds.get(key);
        if (!id) throw new Error(`Demo portfolio: no demo organisation ${key}`);
        return { id, kind: kinds.get(key)! };
      },
    };
  }
}
