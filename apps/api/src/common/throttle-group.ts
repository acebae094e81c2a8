// Rate limits shared by several routes: the public feedback form and the JSON feedback endpoint do the same thing, so
// an address gets one allowance for both rather than one per route (the throttler's own key is per route).
import { Injectable, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ThrottlerGuard } from '@nestjs/throttler';

/** Routes marked with the same group count against one allowance per address. */
export const ThrottleGroup = Reflector.createDecorator<string>();

/** The application's rate limiter: the throttler's own, keyed by group instead of route where a route names one. */
@Injectable()
export class GroupedThrottlerGuard extends ThrottlerGuard {
  protected override generateKey(context: ExecutionContext, suffix: string, name: string): string {
    const group = this.reflector.get(ThrottleGroup, context.getHandler());
    return group ? `group:${group}:${name}:${suffix}` : super.generateKey(context, suffix, name);
  }
}
