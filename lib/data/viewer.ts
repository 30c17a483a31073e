import 'server-only';
import type { UserRole } from '../generated/prisma/enums';

/**
 * Who is asking. Every function of the data-access layer takes one and decides from it what may be
 * read or written; nothing above this layer is trusted to have checked.
 */
export type Viewer =
  | { kind: 'anonymous' }
  | { kind: 'user'; id: string; role: UserRole; cityIds: readonly string[] };

export const anonymous: Viewer = { kind: 'anonymous' };

/** The viewer of the current request. Until sign-in exists, every visitor reads as the public. */
export async function getViewer(): Promise<Viewer> {
  return anonymous;
}
