import type { Progress } from '../lib/import/write';

/**
 * Progress on stderr: on a terminal, a bar redrawn in place; anywhere else (a log file, a pipe, CI), a
 * plain line each time, since a bar's carriage returns would fill a log with noise.
 */
export function terminalProgress(stream: NodeJS.WriteStream = process.stderr) {
  let drawn = false;
  return {
    update(progress: Progress) {
      if (stream.isTTY) {
        stream.write(`\r${progressBar(progress)}`);
        drawn = true;
      } else {
        stream.write(`${progressLine(progress)}\n`);
      }
    },
    /** Ends the bar's line, so what is printed next starts on its own. */
    end() {
      if (drawn) stream.write('\n');
      drawn = false;
    },
  };
}

const share = ({ done, total }: Progress) => (total === 0 ? 1 : done / total);
const counted = ({ phase, done, total }: Progress) =>
  `${done.toLocaleString('en')} of ${total.toLocaleString('en')} exchanges ${phase === 'writing' ? 'written' : 'published'}`;

export function progressBar(progress: Progress, width = 30): string {
  const filled = Math.round(share(progress) * width);
  return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${Math.floor(share(progress) * 100)
    .toString()
    .padStart(3)}%  ${counted(progress)}`;
}

export function progressLine(progress: Progress): string {
  return `${progress.phase === 'writing' ? 'Writing' : 'Publishing'}: ${counted(progress)} (${Math.floor(share(progress) * 100)}%)`;
}
