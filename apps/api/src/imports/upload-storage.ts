// Imported files go to disk while they arrive (multer's disk storage), never into memory: an export of 100,000 rows
// is tens of megabytes. The temporary copy lives under the files directory and is removed once the request is done.
import { rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import type { MulterModuleOptions } from '@nestjs/platform-express';
import type { Request } from 'express';
import { diskStorage } from 'multer';
import { catchError, mergeMap, type Observable } from 'rxjs';
import type { AppConfig } from '../config/config';

/** Exports of 100,000 rows are a few tens of megabytes; the job, not the request, reads them row by row. */
export const MAX_IMPORT_BYTES = 64 * 1024 * 1024;

/** What multer's disk storage hands over for the `file` part. */
export interface UploadedCsv {
  originalname: string;
  size: number;
  /** The temporary copy on disk. */
  path: string;
}

export function importUploadOptions(config: AppConfig): MulterModuleOptions {
  return {
    // The worker process never takes uploads and may have no files directory: the system's temp dir then.
    storage: diskStorage({ destination: path.join(config.files.dir ?? os.tmpdir(), 'incoming') }),
    // A larger file is refused while it streams (413); multer removes what it had written.
    limits: { fileSize: MAX_IMPORT_BYTES, files: 1, fields: 5, parts: 6 },
    // File names are UTF-8 (Khmer names survive), not multer's default latin1.
    defParamCharset: 'utf8',
  };
}

/** Removes the temporary copy of an uploaded file before the request is answered, whether it succeeded or not. */
@Injectable()
export class RemoveUploadedFile implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<Request & { file?: UploadedCsv }>();
    const remove = async () => {
      if (request.file) await rm(request.file.path, { force: true });
    };
    return next.handle().pipe(
      mergeMap(async (answer) => {
        await remove();
        return answer;
      }),
      catchError(async (error) => {
        await remove();
        throw error;
      }),
    );
  }
}
