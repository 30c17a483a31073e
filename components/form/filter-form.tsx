'use client';

import type { Route } from 'next';
import Form from 'next/form';
import type { ReactNode } from 'react';
import type { Locale } from '@/lib/i18n/locales';
import type { FormErrorState, FormValues } from '@/lib/validation/form';
import { type FieldLabels, FieldsContext, SubmitButton, useFieldIdPrefix } from './fields';
import { ErrorSummary } from './form';

/**
 * A form that narrows what a page lists. It is sent by GET, so every filter is in the address (to
 * bookmark, to share, to go back to) and it works without JavaScript; the page checks the filters it
 * receives and hands back the `refusal` when one cannot be used. The fields show the filters in force.
 */
export function FilterForm({
  action,
  locale,
  labels,
  values,
  refusal,
  submitLabel,
  children,
}: {
  action: Route;
  locale: Locale;
  labels: FieldLabels;
  values: FormValues;
  refusal: FormErrorState | null;
  submitLabel: string;
  children: ReactNode;
}) {
  const idPrefix = useFieldIdPrefix();
  return (
    <Form action={action} className="space-y-4">
      {refusal && <ErrorSummary ref={null} error={refusal} locale={locale} labels={labels} idPrefix={idPrefix} />}
      <FieldsContext value={{ idPrefix, locale, labels, errors: refusal?.fieldErrors ?? {}, values }}>
        <div className="grid gap-4 sm:grid-cols-[repeat(auto-fill,minmax(11rem,1fr))]">{children}</div>
        <SubmitButton>{submitLabel}</SubmitButton>
      </FieldsContext>
    </Form>
  );
}
