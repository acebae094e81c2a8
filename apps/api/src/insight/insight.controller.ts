import { Controller, Get, StreamableFile } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import {
  cycleTimeQuery,
  cycleTimesSchema,
  portfolioQuery,
  portfolioSchema,
  stuckPartnershipSchema,
  stuckQuery,
  type CycleTimeQuery,
  type PortfolioQuery,
  type StuckQuery,
} from '@daikou/domain';
import { ApiJsonOrCsv, csvExport, wantsCsv } from '../common/csv-export';
import { pageSchema } from '../common/pagination';
import { Ctx, type RequestContext } from '../common/request-context';
import { UuidParam } from '../common/uuid-param';
import { ZodQuery } from '../common/zod';
import { CYCLE_TIME_COLUMNS, PORTFOLIO_COLUMNS, STUCK_COLUMNS, cycleTimeLines, portfolioLines } from './dashboard-csv';
import { DashboardsService } from './dashboards.service';
import { PartnershipSummaryService } from './partnership-summary.service';

const CSV_BATCH = 500;

@ApiTags('dashboards')
@Controller()
export class InsightController {
  constructor(
    private readonly dashboards: DashboardsService,
    private readonly summaries: PartnershipSummaryService,
  ) {}

  @Get('dashboard/portfolio')
  @ApiOperation({
    summary:
      'Counts by status, function, form, province and sector, commitments kept per side, equity-gap and scorecard trends (reviewers and admins: national; officers: their organisation’s partnerships). from/to: months of the partnerships’ start',
  })
  @ApiJsonOrCsv('Portfolio', portfolioSchema)
  async portfolio(@ZodQuery(portfolioQuery) query: PortfolioQuery, @Ctx() context: RequestContext) {
    const portfolio = await this.dashboards.portfolio(context, query);
    return wantsCsv(query) ? csvExport('portfolio.csv', PORTFOLIO_COLUMNS, portfolioLines(portfolio), query.lang) : portfolio;
  }

  @Get('dashboard/cycle-times')
  @ApiOperation({ summary: 'Median and 90th-percentile days in each status (partnerships still in a status count up to now), per province and level, slowest steps first' })
  @ApiJsonOrCsv('CycleTimes', cycleTimesSchema)
  async cycleTimes(@ZodQuery(cycleTimeQuery) query: CycleTimeQuery, @Ctx() context: RequestContext) {
    const cycleTimes = await this.dashboards.cycleTimes(context, query);
    return wantsCsv(query) ? csvExport('cycle-times.csv', CYCLE_TIME_COLUMNS, cycleTimeLines(cycleTimes), query.lang) : cycleTimes;
  }

  @Get('dashboard/stuck')
  @ApiOperation({ summary: 'Partnerships in a status now, longest waiting first: the drill-down from a slow step (csv: every row)' })
  @ApiJsonOrCsv('StuckPartnershipPage', pageSchema(stuckPartnershipSchema))
  async stuck(@ZodQuery(stuckQuery) query: StuckQuery, @Ctx() context: RequestContext) {
    if (!wantsCsv(query)) return this.dashboards.stuck(context, query);
    // Checked before the download starts, so that a refusal is an answer rather than a broken file.
    const first = await this.dashboards.stuck(context, { ...query, cursor: undefined, limit: CSV_BATCH });
    const dashboards = this.dashboards;
    const rows = (async function* () {
      let page = first;
      yield* page.items;
      while (page.nextCursor) {
        page = await dashboards.stuck(context, { ...query, cursor: page.nextCursor, limit: CSV_BATCH });
        yield* page.items;
      }
    })();
    return csvExport(`stuck-${query.status}.csv`, STUCK_COLUMNS, rows, query.lang);
  }

  @Get('partnerships/:id/summary.pdf')
  @ApiOperation({ summary: 'A one-page summary: parties, purpose, area, dates, status, commitments record per side, indicators progress, quality gap' })
  @ApiProduces('application/pdf')
  @ApiResponse({ status: 200, description: 'The summary as PDF', content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } } })
  async summary(@UuidParam() id: string, @Ctx() context: RequestContext): Promise<StreamableFile> {
    const pdf = await this.summaries.pdf(context, id);
    return new StreamableFile(pdf, { type: 'application/pdf', disposition: `inline; filename="partnership-${id}.pdf"` });
  }
}
