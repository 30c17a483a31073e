'use client';

import { type MouseEvent, type ReactNode, type Ref, type SubmitEvent, useActionState, useEffect, useId, useRef, useState } from 'react';
import type { z } from 'zod';
import type { Locale } from '@/lib/i18n/locales';
import { type FormAction, type FormErrorState, type FormState, idleForm, parseForm } from '@/lib/validation/form';
import { getFormTexts } from '@/lib/validation/messages';
import { type FieldLabels, FieldsContext, SubmitButton, fieldId, fieldLabel, labelledError, useFieldIdPrefix } from './fields';

/**
 * A form checked by `schema` in the browser, so mistakes show without a round trip, and by the same
 * schema in the server `action`, which is all there is when JavaScript is off. Fields inside take
 * their labels from `labels`, which the error summary uses too.
 */
export function ValidatedForm({
  schema,
  action,
  locale,
  labels,
  submitLabel,
  children,
}: {
  schema: z.ZodType;
  action: FormAction;
  locale: Locale;
  labels: FieldLabels;
  submitLabel?: string;
  children: ReactNode;
}) {
  const [answer, formAction] = useActionState(action, idleForm);
  // A refusal in the browser stands until the server answers the next submit that got through.
  const [refusal, setRefusal] = useState<{ state: FormErrorState; answer: FormState } | null>(null);
  const state = refusal?.answer === answer ? refusal.state : answer;
  const summary = useRef<HTMLDivElement>(null);
  const idPrefix = useFieldIdPrefix();
  const t = getFormTexts(locale);

  useEffect(() => {
    if (state.status === 'error') summary.current?.focus();
  }, [state]);

  function validate(event: SubmitEvent<HTMLFormElement>) {
    const result = parseForm(schema, new FormData(event.currentTarget, event.nativeEvent.submitter), locale);
    if (result.ok) return;
    event.preventDefault();
    setRefusal({ state: result.state, answer });
  }

  const error = state.status === 'error' ? state : null;
  return (
    <form action={formAction} onSubmit={validate} noValidate className="space-y-5">
      {error && <ErrorSummary ref={summary} error={error} locale={locale} labels={labels} idPrefix={idPrefix} />}
      <div role="status">
        {state.status === 'success' && (
          <p className="rounded-md border border-brand-600 bg-brand-50 px-4 py-3 text-brand-900">{state.message}</p>
        )}
      </div>
      <FieldsContext value={{ idPrefix, locale, labels, errors: error?.fieldErrors ?? {}, values: error?.values ?? null }}>
        {children}
        <SubmitButton>{submitLabel ?? t.save}</SubmitButton>
      </FieldsContext>
    </form>
  );
}

/** Moves focus to the field the link names; the link alone would scroll there but leave focus behind. */
function focusField(event: MouseEvent<HTMLAnchorElement>) {
  const field = document.getElementById(event.currentTarget.hash.slice(1));
  if (!field) return;
  event.preventDefault();
  field.focus();
}

/** What is wrong, at the top of a form: focused when it appears, each problem a link to its field. */
export function ErrorSummary({
  ref,
  error,
  locale,
  labels,
  idPrefix,
  fieldOf = (path) => path.split('.')[0] ?? '',
}: {
  ref: Ref<HTMLDivElement>;
  error: FormErrorState;
  locale: Locale;
  labels: FieldLabels;
  /** The form's prefix of its fields' ids, which the links to them name. */
  idPrefix: string;
  /** The field a problem's path is about; a form's fields are flat, so 'cityIds.2' is about cityIds. */
  fieldOf?: (path: string) => string;
}) {
  const headingId = useId();
  const t = getFormTexts(locale);
  const problems = Object.entries(error.fieldErrors).map(([path, message]) => ({ path, field: fieldOf(path), message }));
  return (
    // autoFocus serves the page the server renders after a submit without JavaScript.
    <div
      ref={ref}
      role="alert"
      tabIndex={-1}
      autoFocus
      aria-labelledby={headingId}
      className="rounded-md border-2 border-red-700 bg-red-50 px-4 py-3 text-red-900"
    >
      <h2 id={headingId} className="font-semibold">
        {error.message}
      </h2>
      {problems.length > 0 && (
        <ul className="mt-2 list-disc space-y-1 pl-5">
          {problems.map(({ path, field, message }) => (
            <li key={path}>
              {field ? (
                <a href={`#${fieldId(idPrefix, field)}`} onClick={focusField} className="underline hover:text-red-700">
                  {labelledError(locale, fieldLabel(labels, field), message)}
                </a>
              ) : (
                message
              )}
            </li>
          ))}
        </ul>
      )}
      {error.conflict && error.conflict.length > 0 && (
        <>
          <p className="mt-3 font-medium">{t.theirChanges}</p>
          <dl className="mt-1 space-y-1">
            {error.conflict.map((change) => (
              <div key={change.field} className="flex flex-wrap gap-x-2">
                <dt className="font-medium">{change.label ?? fieldLabel(labels, change.field)}</dt>
                <dd className="whitespace-pre-line">{change.theirs}</dd>
              </div>
            ))}
          </dl>
        </>
      )}
    </div>
  );
}
