import type { CooperationStatus } from '@/lib/generated/prisma/enums';
import type { Messages } from '@/lib/i18n/messages';
import { Badge } from './badge';

const statusTone: Record<CooperationStatus, 'brand' | 'warning' | 'neutral'> = {
  PROPOSED: 'neutral',
  AGREED: 'neutral',
  IN_PROGRESS: 'neutral',
  COMPLETED: 'brand',
  STALLED: 'warning',
  CANCELLED: 'warning',
};

/** Where a cooperation item stands, coloured so that done and dropped stand out. */
export function CooperationStatusBadge({ status, t }: { status: CooperationStatus; t: Messages }) {
  return <Badge tone={statusTone[status]}>{t.enums.cooperationStatus[status]}</Badge>;
}
