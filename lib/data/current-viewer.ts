import 'server-only';
import { cache } from 'react';
import { auth } from '../auth/config';
import { anonymous, type Viewer } from './viewer';

/**
 * The viewer of the current request. Reading the session looks the account up afresh (see the jwt
 * callback in lib/auth/config.ts), so a disabled account reads as the public on its next request.
 */
export const getViewer = cache(async (): Promise<Viewer> => {
  const user = (await auth())?.user;
  return user?.id ? { kind: 'user', id: user.id, role: user.role, cityIds: user.cityIds, sessionId: user.sessionId } : anonymous;
});
