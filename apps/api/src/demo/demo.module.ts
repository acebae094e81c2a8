import { Module } from '@nestjs/common';
import { OrganizationsModule } from '../organizations/organizations.module';
import { UsersModule } from '../users/users.module';
import { BootstrapService } from './bootstrap.service';
import { DemoPortfolioService } from './demo-portfolio.service';

@Module({ imports: [OrganizationsModule, UsersModule], providers: [BootstrapService, DemoPortfolioService] })
export class DemoModule {}
