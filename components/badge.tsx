import type { ReactNode } from 'react';

const tones = {
  neutral: 'bg-stone-100 text-stone-700 ring-stone-300',
  warning: 'bg-amber-50 text-amber-900 ring-amber-400',
  brand: 'bg-brand-50 text-brand-900 ring-brand-600/40',
} as const;

export function Badge({ children, tone = 'neutral' }: { children: ReactNode; tone?: keyof typeof tones }) {
  return (
    <span className={`inline-flex items-center whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${tones[tone]}`}>
      {children}
    </span>
  );
}
