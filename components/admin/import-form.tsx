'use client';

import type { Route } from 'next';
import Link from 'next/link';
import { type SubmitEvent, useId, useRef, useState } from 'react';
import { getImportMessages, type ImportMessages } from '@/lib/i18n/import-messages';
import type { Locale } from '@/lib/i18n/locales';
import { type ImportMessage, type ImportSummary, maxUploadBytes, maxUploadMegabytes } from '@/lib/import/protocol';

type Step =
  | { step: 'choosing' }
  | { step: 'checking' }
  | { step: 'checked'; summary: ImportSummary }
  | { step: 'importing'; phase: 'writing' | 'publishing'; done: number; total: number }
  | { step: 'imported'; summary: ImportSummary; published: boolean }
  | { step: 'refused'; message: string };

/**
 * Choose a file, check it, import it. Both steps are sent to the import's address, which answers one
 * JSON message per line while it works (lib/import/respond.ts), so the bar shows how far the import
 * has come. Choosing another file starts again.
 */
export function ImportForm({ locale }: { locale: Locale }) {
  const t = getImportMessages(locale);
  const [state, setState] = useState<Step>({ step: 'choosing' });
  const [publish, setPublish] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const hintId = useId();
  const publishHintId = useId();
  const busy = state.step === 'checking' || state.step === 'importing';

  async function send(dryRun: boolean) {
    const published = !dryRun && publish;
    const file = input.current?.files?.[0];
    if (!file) return setState({ step: 'refused', message: t.noFile });
    if (file.size > maxUploadBytes) return setState({ step: 'refused', message: t.tooLarge(maxUploadMegabytes) });
    setState({ step: 'checking' });
    const body = new FormData();
    body.set('file', file);
    body.set('dryRun', String(dryRun));
    body.set('publish', String(published));
    try {
      const response = await fetch(`/${locale}/admin/import/run`, { method: 'POST', body });
      let answered = false;
      for await (const message of messagesOf(response)) {
        answered = true;
        setState(stepOf(message, published));
      }
      if (!answered) setState({ step: 'refused', message: t.failed });
    } catch {
      setState({ step: 'refused', message: t.failed });
    }
  }

  function check(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    void send(true);
  }

  return (
    <div className="mt-6 space-y-6">
      <form onSubmit={check} className="space-y-4 rounded-lg border border-stone-200 bg-white p-4">
        <div>
          <label htmlFor="import-file" className="block font-medium text-stone-900">
            {t.file}
          </label>
          <p id={hintId} className="text-sm text-stone-600">
            {t.fileHint(maxUploadMegabytes)}
          </p>
          <input
            ref={input}
            id="import-file"
            name="file"
            type="file"
            accept=".csv,.json,text/csv,application/json"
            aria-describedby={hintId}
            disabled={busy}
            onChange={() => setState({ step: 'choosing' })}
            className="mt-2 block w-full text-sm file:mr-3 file:rounded-md file:border file:border-brand-700 file:bg-white file:px-3 file:py-1.5 file:text-brand-800"
          />
        </div>
        <button type="submit" disabled={busy} className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-900 disabled:cursor-wait disabled:opacity-70">
          {t.check}
        </button>
      </form>

      {state.step === 'checking' && (
        <p className="flex items-center gap-3 text-stone-700">
          <progress aria-label={t.checking} className="h-2 w-48 accent-brand-700" />
          {t.checking}
        </p>
      )}
      {state.step === 'refused' && (
        <p role="alert" className="rounded-md border border-red-700 bg-red-50 px-4 py-3 font-medium text-red-800">
          {state.message}
        </p>
      )}
      {(state.step === 'checked' || state.step === 'imported') && <Summary summary={state.summary} locale={locale} t={t} />}
      {state.step === 'checked' && state.summary.problems.length === 0 && (
        <div>
          {state.summary.added > 0 ? (
            <div className="space-y-4">
              <div className="flex items-start gap-2">
                <input
                  id="import-publish"
                  type="checkbox"
                  checked={publish}
                  onChange={(event) => setPublish(event.target.checked)}
                  aria-describedby={publishHintId}
                  className="mt-1 size-4 accent-brand-700"
                />
                <div>
                  <label htmlFor="import-publish" className="font-medium text-stone-900">
                    {t.publishAtOnce}
                  </label>
                  <p id={publishHintId} className="max-w-2xl text-sm text-stone-600">
                    {t.publishAtOnceHint}
                  </p>
                </div>
              </div>
              <button type="button" onClick={() => void send(false)} className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-900">
                {t.importButton(state.summary.added)}
              </button>
            </div>
          ) : (
            <p role="status">{t.nothingToAdd}</p>
          )}
        </div>
      )}
      {(state.step === 'importing' || state.step === 'imported') && <ProgressBar {...progressOf(state)} t={t} />}
      {state.step === 'imported' && (
        <p role="status" className="rounded-md border border-brand-600 bg-brand-50 px-4 py-3 text-brand-900">
          {t.imported(state.summary.added, state.published)}{' '}
          <Link href={`/${locale}/manage` as Route} className="font-medium underline">
            {t.toWorkspace}
          </Link>
        </p>
      )}
    </div>
  );
}

function stepOf(message: ImportMessage, published: boolean): Step {
  switch (message.kind) {
    case 'progress':
      return { step: 'importing', phase: message.phase, done: message.done, total: message.total };
    case 'checked':
      return { step: 'checked', summary: message.summary };
    case 'imported':
      return { step: 'imported', summary: message.summary, published };
    case 'refused':
      return { step: 'refused', message: message.message };
  }
}

const progressOf = (state: Extract<Step, { step: 'importing' | 'imported' }>) =>
  state.step === 'importing'
    ? { phase: state.phase, done: state.done, total: state.total }
    : { phase: state.published ? ('publishing' as const) : ('writing' as const), done: state.summary.added, total: state.summary.added };

/** The answer's messages as they arrive, one per line. */
async function* messagesOf(response: Response): AsyncGenerator<ImportMessage> {
  if (!response.body) return;
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let pending = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    pending += value;
    for (let end = pending.indexOf('\n'); end >= 0; end = pending.indexOf('\n')) {
      yield JSON.parse(pending.slice(0, end)) as ImportMessage;
      pending = pending.slice(end + 1);
    }
  }
}

function ProgressBar({ phase, done, total, t }: { phase: 'writing' | 'publishing'; done: number; total: number; t: ImportMessages }) {
  return (
    <div>
      <progress value={done} max={total} aria-label={t.progressLabel} className="h-3 w-full max-w-xl accent-brand-700" />
      <p className="text-sm text-stone-700">{t.progress(done, total, phase)}</p>
    </div>
  );
}

function Summary({ summary, locale, t }: { summary: ImportSummary; locale: Locale; t: ImportMessages }) {
  const count = (n: number) => n.toLocaleString(locale);
  const figures = (['records', 'added', 'alreadyPresent', 'people', 'organizations', 'sources'] as const).map((key) => [t.summary[key], count(summary[key])]);
  return (
    <section aria-labelledby="import-summary" className="space-y-4">
      <h2 id="import-summary" className="text-xl font-semibold text-brand-900">
        {t.summaryTitle}
      </h2>
      <dl className="grid max-w-xl grid-cols-[1fr_auto] gap-x-6 gap-y-1 text-sm">
        {[[t.summary.format, summary.format.toUpperCase()], ...figures].map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="text-stone-600">{label}</dt>
            <dd className="text-right font-medium tabular-nums">{value}</dd>
          </div>
        ))}
      </dl>
      {summary.problems.length > 0 && <Problems summary={summary} t={t} />}
    </section>
  );
}

function Problems({ summary, t }: { summary: ImportSummary; t: ImportMessages }) {
  return (
    <div>
      <p id="import-problems" role="alert" className="font-semibold text-red-800">
        {t.problemsTitle(summary.problems.length)}
      </p>
      <div className="mt-2 overflow-x-auto rounded-lg border border-stone-200 bg-white">
        <table aria-labelledby="import-problems" className="w-full text-left text-sm">
          <thead className="border-b border-stone-200 text-stone-600">
            <tr>
              <th scope="col" className="p-3 font-medium">
                {t.row}
              </th>
              <th scope="col" className="p-3 font-medium">
                {t.field}
              </th>
              <th scope="col" className="p-3 font-medium">
                {t.problem}
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-stone-200">
            {summary.problems.map((problem, index) => (
              <tr key={index}>
                <td className="p-3 align-top tabular-nums">{problem.row ?? t.wholeFile}</td>
                <td className="p-3 align-top font-mono text-xs break-all">{problem.field || '—'}</td>
                <td className="p-3 align-top">{problem.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
