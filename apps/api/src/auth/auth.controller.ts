import { Controller, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Throttle } from '@nestjs/throttler';
import type { Request, Response } from 'express';
import { z } from 'zod';
import { loginInput, passwordChangeInput } from '@daikou/domain';
import { Ctx, type RequestContext } from '../common/request-context';
import { ApiJson, ZodBody } from '../common/zod';
import { Problem } from '../common/problem';
import { AuthService } from './auth.service';
import type { AuthenticatedRequest } from './auth.guard';
import { Public } from './public.decorator';
import { SESSION_COOKIE } from './tokens';
import { toUserView, userSchema, type UserView } from './user-view';

const loginResult = z.object({ token: z.string(), user: userSchema });

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Post('login')
  @Public()
  @HttpCode(200)
  @Throttle({ default: { limit: 10, ttl: 60_000 } })
  @ApiOperation({ summary: 'Sign in: returns a token and sets an httpOnly session cookie' })
  @ApiJson(200, 'LoginResult', loginResult)
  async login(
    @ZodBody('LoginInput', loginInput) input: z.infer<typeof loginInput>,
    @Ctx() context: RequestContext,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<z.infer<typeof loginResult>> {
    const { token, expiresAt, user } = await this.auth.login(context, input.email, input.password);
    response.cookie(SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: request.secure,
      path: '/',
      expires: expiresAt,
    });
    return { token, user };
  }

  @Post('logout')
  @HttpCode(204)
  @ApiOperation({ summary: 'Sign out: the session and its token stop working' })
  async logout(@Ctx() context: RequestContext, @Res({ passthrough: true }) response: Response): Promise<void> {
    await this.auth.logout(context);
    response.clearCookie(SESSION_COOKIE, { path: '/' });
  }

  @Get('me')
  @ApiJson(200, 'User', userSchema)
  me(@Req() request: AuthenticatedRequest): UserView {
    if (!request.auth) throw new Problem('unauthenticated');
    return toUserView(request.auth.user);
  }

  @Post('password')
  @HttpCode(204)
  @ApiOperation({ summary: 'Change the own password; every other session of the user ends' })
  async changePassword(
    @ZodBody('PasswordChangeInput', passwordChangeInput) input: z.infer<typeof passwordChangeInput>,
    @Ctx() context: RequestContext,
  ): Promise<void> {
    await this.auth.changePassword(context, input.currentPassword, input.newPassword);
  }
}
