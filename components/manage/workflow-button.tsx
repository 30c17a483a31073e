'use client';

import { useActionState } from 'react';
import { type FormAction, idleForm } from '@/lib/validation/form';

/** One step of review (submit, publish, withdraw…): a button, and what came of pressing it. */
export function WorkflowButton({
  action,
  label,
  accessibleLabel,
  confirm,
  hidden = {},
  tone = 'primary',
}: {
  action: FormAction;
  label: string;
  /** The button's name for screen readers, when its label alone would not say what it acts on. */
  accessibleLabel?: string;
  confirm?: string;
  /** Sent with the press: the version the person is looking at, so a stale page cannot act blindly. */
  hidden?: Record<string, string | number>;
  tone?: 'primary' | 'secondary' | 'danger';
}) {
  const [state, formAction, pending] = useActionState(action, idleForm);
  const tones = {
    primary: 'bg-brand-700 text-white hover:bg-brand-800',
    secondary: 'border border-brand-700 text-brand-800 hover:bg-brand-50',
    danger: 'border border-red-700 text-red-800 hover:bg-red-50',
  };
  return (
    <form
      action={formAction}
      onSubmit={(event) => {
        if (confirm && !window.confirm(confirm)) event.preventDefault();
      }}
    >
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button type="submit" disabled={pending} aria-label={accessibleLabel} className={`rounded-md px-4 py-2 text-sm font-medium disabled:opacity-60 ${tones[tone]}`}>
        {label}
      </button>
      {state.status === 'error' && (
        <p role="alert" className="mt-2 text-sm font-medium text-red-700">
          {state.message}
        </p>
      )}
      {state.status === 'success' && (
        <p role="status" className="mt-2 text-sm text-brand-900">
          {state.message}
        </p>
      )}
    </form>
  );
}
