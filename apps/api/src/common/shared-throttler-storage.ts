// Rate-limit counters in Redis when the API runs scaled (every process counts against one allowance per address), and
// in the process while Redis cannot answer: a Redis outage must not turn every request into a 500 (health included).
import { Logger, type OnModuleDestroy } from '@nestjs/common';
import { ThrottlerStorageRedisService } from '@nest-lab/throttler-storage-redis';
import { ThrottlerStorageService, type ThrottlerStorage } from '@nestjs/throttler';

type Record = Awaited<ReturnType<ThrottlerStorage['increment']>>;

export class SharedThrottlerStorage implements ThrottlerStorage, OnModuleDestroy {
  private readonly logger = new Logger('RateLimits');
  private readonly shared: ThrottlerStorageRedisService;
  private readonly local = new ThrottlerStorageService();
  private degraded = false;

  constructor(redisUrl: string, keyPrefix: string) {
    // No offline queue: while Redis is away a count fails at once (and is kept locally) instead of waiting for it.
    this.shared = new ThrottlerStorageRedisService(redisUrl, { keyPrefix, enableOfflineQueue: false, maxRetriesPerRequest: 1 });
  }

  async increment(key: string, ttl: number, limit: number, blockDuration: number, throttlerName: string): Promise<Record> {
    try {
      const counted = await this.shared.increment(key, ttl, limit, blockDuration, throttlerName);
      if (this.degraded) this.logger.log('Redis answers again: rate limits are shared by every API process');
      this.degraded = false;
      return counted;
    } catch (error) {
      if (!this.degraded) this.logger.warn(`Redis cannot count rate limits (${(error as Error).message}): counting in this process until it can`);
      this.degraded = true;
      return this.local.increment(key, ttl, limit, blockDuration, throttlerName);
    }
  }

  onModuleDestroy(): void {
    this.shared.onModuleDestroy();
    this.local.onApplicationShutdown();
  }
}
