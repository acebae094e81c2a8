import { Controller, Get, HttpCode, Patch, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { ROLES, userCreateInput, userUpdateInput, type UserCreateInput, type UserUpdateInput } from '@daikou/domain';
import { userSchema } from '../auth/user-view';
import { listQuerySchema, pageSchema, type Page } from '../common/pagination';
import { Ctx, type RequestContext } from '../common/request-context';
import { UuidParam } from '../common/uuid-param';
import { ApiJson, ZodBody, ZodQuery } from '../common/zod';
import { UsersService, type AdminUserView } from './users.service';

const adminUserSchema = userSchema.extend({ active: z.boolean(), createdAt: z.string() });
const userQuery = listQuerySchema.extend({
  organizationId: z.uuid().optional(),
  role: z.enum(ROLES).optional(),
  q: z.string().trim().max(100).optional(),
  active: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
});

@ApiTags('users')
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @ApiOperation({ summary: 'Users (admin)' })
  @ApiJson(200, 'UserPage', pageSchema(adminUserSchema))
  list(@ZodQuery(userQuery) query: z.infer<typeof userQuery>, @Ctx() context: RequestContext): Promise<Page<AdminUserView>> {
    return this.users.list(context, query);
  }

  @Post()
  @HttpCode(201)
  @ApiOperation({ summary: 'Create a user (admin)' })
  @ApiJson(201, 'AdminUser', adminUserSchema, 'Created')
  create(@ZodBody('UserCreateInput', userCreateInput) input: UserCreateInput, @Ctx() context: RequestContext): Promise<AdminUserView> {
    return this.users.create(context, input);
  }

  @Get(':id')
  @ApiJson(200, 'AdminUser', adminUserSchema)
  get(@UuidParam() id: string, @Ctx() context: RequestContext): Promise<AdminUserView> {
    return this.users.get(context, id);
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Change or deactivate a user (admin); deactivation and a new password end their sessions' })
  @ApiJson(200, 'AdminUser', adminUserSchema)
  update(@UuidParam() id: string, @ZodBody('UserUpdateInput', userUpdateInput) patch: UserUpdateInput, @Ctx() context: RequestContext): Promise<AdminUserView> {
    return this.users.update(context, id, patch);
  }
}
