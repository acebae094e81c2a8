import { Global, Module } from '@nestjs/common';
import { AccessService } from './access.service';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { AuthService } from './auth.service';
import { SessionsService } from './sessions.service';

@Global()
@Module({
  controllers: [AuthController],
  providers: [AuthService, SessionsService, AccessService, AuthGuard],
  exports: [SessionsService, AccessService, AuthGuard],
})
export class AuthModule {}
