import 'server-only';
import type { UserRole } from '../generated/prisma/enums';
import { currentAccess } from './authentication';

/**
 * Who is asking. Every function of the data-access layer takes one and decides from it what may be
 * read or written; nothing above this layer is trusted to have checked.
 * - `user`: a signed-in, enabled account, with the cities a staff member answers for, and the session
 *   it is signed in with when it acts through the site.
 * - `system`: a command run on the server's own machine (creating the first admin); it acts as an admin.
 */
export type Viewer =
  | { kind: 'anonymous' }
  | { kind: 'user'; id: string; role: UserRole; cityIds: readonly string[]; sessionId?: string }
  | { kind: 'system' };

export type UserViewer = Extract<Viewer, { kind: 'user' }>;

export const anonymous: Viewer = { kind: 'anonymous' };
export const commandLine: Viewer = { kind: 'system' };

/** The viewer an account acts as now: the public when it is disabled or gone. */
export async function viewerForAccount(userId: string): Promise<Viewer> {
  const access = await currentAccess(userId);
  return access ? { kind: 'user', id: access.id, role: access.role, cityIds: access.cityIds } : anonymous;
}
