import { Controller, Get, HttpCode, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { ApiJson } from '../common/zod';
import { JobsService } from '../jobs/jobs.service';
import { Public } from '../auth/public.decorator';

export const healthSchema = z.object({
  status: z.enum(['ok', 'degraded']),
  database: z.enum(['up', 'down']),
  queue: z.enum(['bullmq', 'inline']),
});

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: JobsService,
  ) {}

  @Get()
  @Public()
  @HttpCode(200)
  @ApiOperation({ summary: 'Liveness and dependencies (503 when the database or the queue is down)' })
  @ApiJson(200, 'Health', healthSchema)
  async health(@Res({ passthrough: true }) response: Response): Promise<z.infer<typeof healthSchema>> {
    const [databaseUp, queueUp] = await Promise.all([
      this.dataSource
        .query('SELECT 1')
        .then(() => true)
        .catch(() => false),
      this.jobs.healthy(),
    ]);
    const ok = databaseUp && queueUp;
    if (!ok) response.status(503);
    return { status: ok ? 'ok' : 'degraded', database: databaseUp ? 'up' : 'down', queue: this.jobs.queueKind };
  }
}
