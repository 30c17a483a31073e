import 'server-only';
import { handlers } from './config';

/** next-auth's own endpoints (/api/auth/session, /api/auth/callback/…), where next-auth expects them. */
export const { GET, POST } = handlers;
