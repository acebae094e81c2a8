import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { CurrentActor } from '../auth/actor.decorator';
import type { Actor } from '@daikou/domain';
import { notFound } from '../common/problem';
import { ApiJson } from '../common/zod';
import { UuidParam } from '../common/uuid-param';
import { JobRecord } from './job.entity';

const jobSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  status: z.enum(['pending', 'queued', 'running', 'completed', 'failed']),
  progress: z.object({ done: z.number(), total: z.number() }).nullable(),
  attempts: z.number(),
  result: z.unknown().optional(),
  error: z.string().optional(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});

@ApiTags('jobs')
@Controller('jobs')
export class JobsController {
  constructor(private readonly dataSource: DataSource) {}

  @Get(':id')
  @ApiOperation({ summary: 'A job the caller started (admins: any job): status, progress, result or error' })
  @ApiJson(200, 'Job', jobSchema)
  async get(@UuidParam() id: string, @CurrentActor() actor: Actor): Promise<z.infer<typeof jobSchema>> {
    const job = await this.dataSource.getRepository(JobRecord).findOneBy({ id });
    if (!job || (actor.role !== 'admin' && job.requestedBy !== actor.userId)) throw notFound('The job');
    return {
      id: job.id,
      name: job.name,
      status: job.status,
      progress: job.progress,
      attempts: job.attempts,
      ...(job.status === 'completed' ? { result: job.result } : {}),
      ...(job.error && job.status === 'failed' ? { error: job.error } : {}),
      createdAt: job.createdAt.toISOString(),
      finishedAt: job.finishedAt?.toISOString() ?? null,
    };
  }
}
