'use client';

import type { Route } from 'next';
import { useRouter } from 'next/navigation';
import { type SubmitEvent, useEffect, useRef, useState } from 'react';
import { ErrorSummary } from '@/components/form/form';
import { FieldsContext, FileField, useFieldIdPrefix } from '@/components/form/fields';
import type { FieldSpec } from '@/lib/forms/specs';
import type { Locale } from '@/lib/i18n/locales';
import { getWorkspaceMessages } from '@/lib/i18n/workspace-messages';
import { type FormErrorState, type FormState, parseForm } from '@/lib/validation/form';
import { attachmentFields } from '@/lib/validation/schemas/parts';
import { SpecField } from './record-form';

/** Accepted by the server after it has looked inside the file; this only narrows the picker. */
const accept = 'image/jpeg,image/png,image/webp,application/pdf,.docx,.xlsx,.ofd';

/**
 * Uploads a document or photo with what is said of it, showing how much has been sent. The fields are
 * checked in the browser first, with the schema the server checks them with; the file's type, its
 * size and a photo's alternative text are checked by the server, which answers as a form would.
 */
export function AttachmentUpload({ locale, fields, uploadUrl, doneHref }: { locale: Locale; fields: readonly FieldSpec[]; uploadUrl: string; doneHref: string }) {
  const router = useRouter();
  const w = getWorkspaceMessages(locale);
  const texts = { submit: w.parts.upload, uploading: w.parts.uploading, failed: w.unexpected, needsScript: w.parts.uploadNeedsScript };
  const { file: fileLabel, fileHint } = w.parts.fields;
  const [state, setState] = useState<FormState>({ status: 'idle' });
  const [sent, setSent] = useState<number | null>(null);
  const summary = useRef<HTMLDivElement>(null);
  const idPrefix = useFieldIdPrefix();
  const labels = { ...Object.fromEntries(fields.map((field) => [field.name, field.label])), file: fileLabel };

  useEffect(() => {
    if (state.status === 'error') summary.current?.focus();
  }, [state]);

  function upload(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const described = new FormData();
    for (const [name, value] of form) if (typeof value === 'string') described.append(name, value);
    const checked = parseForm(attachmentFields, described, locale);
    if (!checked.ok) {
      setState(checked.state);
      return;
    }
    // The file goes last, so that the server has read what is said of it before the file arrives.
    const file = form.get('file');
    if (file instanceof File && file.name) described.append('file', file);
    const request = new XMLHttpRequest();
    request.open('POST', uploadUrl);
    request.responseType = 'json';
    request.upload.onprogress = (progress) => setSent(progress.lengthComputable ? Math.round((progress.loaded / progress.total) * 100) : null);
    request.onload = () => {
      setSent(null);
      const answer = request.response as (FormState & { id?: string }) | null;
      if (answer?.status === 'success') {
        router.push(doneHref as Route);
        return;
      }
      // What was typed goes back into the form; the file has to be chosen again.
      const values = Object.fromEntries([...described].filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
      const refused: FormErrorState = answer?.status === 'error' ? answer : { status: 'error', message: texts.failed, fieldErrors: {}, values };
      setState({ ...refused, values });
    };
    request.onerror = () => {
      setSent(null);
      setState({ status: 'error', message: texts.failed, fieldErrors: {}, values: {} });
    };
    setSent(0);
    request.send(described);
  }

  const error = state.status === 'error' ? state : null;
  return (
    <form onSubmit={upload} noValidate className="space-y-5">
      <noscript>
        <p className="rounded-md border border-amber-600 bg-amber-50 px-4 py-3 text-amber-900">{texts.needsScript}</p>
      </noscript>
      {error && <ErrorSummary ref={summary} error={error} locale={locale} labels={labels} idPrefix={idPrefix} />}
      <FieldsContext value={{ idPrefix, locale, labels, errors: error?.fieldErrors ?? {}, values: error?.values ?? null }}>
        <FileField name="file" accept={accept} hint={fileHint} required />
        {fields.map((field) => (
          <SpecField key={field.name} field={field} />
        ))}
      </FieldsContext>
      <div className="flex flex-wrap items-center gap-4">
        <button
          type="submit"
          disabled={sent !== null}
          className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-900 disabled:cursor-wait disabled:opacity-70"
        >
          {texts.submit}
        </button>
        {sent !== null && (
          <label className="flex items-center gap-2 text-sm text-stone-700">
            {texts.uploading(sent)}
            <progress max={100} value={sent} className="w-48" />
          </label>
        )}
      </div>
    </form>
  );
}
