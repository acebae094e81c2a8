import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'daikou:public';
/** The route answers without a session (the session, if any, is still read). */
export const Public = () => SetMetadata(IS_PUBLIC, true);
