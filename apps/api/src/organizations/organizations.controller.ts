import { Controller, Get, HttpCode, Patch, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  organizationCreateInput,
  organizationQuery,
  organizationUpdateInput,
  type OrganizationCreateInput,
  type OrganizationQuery,
  type OrganizationUpdateInput,
} from '@daikou/domain';
import { pageSchema, type Page } from '../common/pagination';
import { Ctx, type RequestContext } from '../common/request-context';
import { UuidParam } from '../common/uuid-param';
import { ApiJson, ZodBody, ZodQuery } from '../common/zod';
import { organizationSchema, type OrganizationView } from './organization-view';
import { OrganizationsService } from './organizations.service';

@ApiTags('organizations')
@Controller('organizations')
export class OrganizationsController {
  constructor(private readonly organizations: OrganizationsService) {}

  @Get()
  @ApiOperation({ summary: 'Search the registry: by name (Khmer or Latin), kind, type, sector, capacity and area (a province finds its districts and communes too)' })
  @ApiJson(200, 'OrganizationPage', pageSchema(organizationSchema))
  list(@ZodQuery(organizationQuery) query: OrganizationQuery, @Ctx() context: RequestContext): Promise<Page<OrganizationView>> {
    return this.organizations.list(context, query);
  }

  @Post()
  @HttpCode(201)
  @ApiOperation({ summary: 'Register an organisation (admin)' })
  @ApiJson(201, 'Organization', organizationSchema, 'Created')
  create(@ZodBody('OrganizationCreateInput', organizationCreateInput) input: OrganizationCreateInput, @Ctx() context: RequestContext): Promise<OrganizationView> {
    return this.organizations.create(context, input);
  }

  @Get(':id')
  @ApiJson(200, 'Organization', organizationSchema)
  get(@UuidParam() id: string, @Ctx() context: RequestContext): Promise<OrganizationView> {
    return this.organizations.get(context, id);
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Change an organisation (admin: all fields; its own officers: name, Khmer name, sectors, capacities)' })
  @ApiJson(200, 'Organization', organizationSchema)
  update(
    @UuidParam() id: string,
    @ZodBody('OrganizationUpdateInput', organizationUpdateInput) patch: OrganizationUpdateInput,
    @Ctx() context: RequestContext,
  ): Promise<OrganizationView> {
    return this.organizations.update(context, id, patch);
  }
}
