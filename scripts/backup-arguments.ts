import type { BackupReport } from '../lib/db/backup';

/** The one file a command takes (a backup, a file to import), after refusing anything else on the command line. */
export function fileArgument(usage: string, flags: readonly string[], what = 'backup file'): string {
  const args = process.argv.slice(2);
  const unknown = args.find((arg) => arg.startsWith('-') && !flags.includes(arg));
  if (unknown) throw new Error(`Unknown option ${unknown}. Usage: ${usage}`);
  const files = args.filter((arg) => !arg.startsWith('-'));
  if (files.length !== 1) throw new Error(`Name one ${what}. Usage: ${usage}`);
  return files[0]!;
}

export function describeReport({ tables, rows, files, fileBytes, bytes, milliseconds }: BackupReport): string {
  return `${tables} tables, ${rows} rows, ${files} files of documents and photos (${fileBytes.toLocaleString('en')} bytes), ${bytes.toLocaleString('en')} bytes in all, in ${(milliseconds / 1000).toFixed(1)} s`;
}
