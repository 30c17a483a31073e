import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import {
  type ControlChannel,
  ControlChannelUnavailable,
  controlSocketPath,
  sendControlCommand,
  serveControlChannel,
} from './control-channel';

const tempRoot = mkdtempSync(path.join(tmpdir(), 'jiaoliu-'));
let folders = 0;
const newDataDir = () => path.join(tempRoot, `db-${++folders}`);

const channels: ControlChannel[] = [];
async function serve(dataDir: string, handlers: Parameters<typeof serveControlChannel>[1]) {
  const channel = await serveControlChannel(dataDir, handlers);
  channels.push(channel);
  return channel;
}
afterEach(async () => {
  vi.restoreAllMocks();
  await Promise.all(channels.splice(0).map((channel) => channel.close()));
});
afterAll(() => rmSync(tempRoot, { recursive: true, force: true }));

const echo = { echo: async (input: unknown) => ({ received: input }) };

describe('controlSocketPath', () => {
  it('is short enough for a socket however deep the folder, and differs between folders', () => {
    const deep = path.join(tempRoot, 'a-folder-with-a-long-name'.repeat(10), 'pglite');
    expect(Buffer.byteLength(controlSocketPath(deep))).toBeLessThanOrEqual(Buffer.byteLength(tmpdir()) + 35);
    expect(controlSocketPath(deep)).toBe(controlSocketPath(deep));
    expect(controlSocketPath(deep)).not.toBe(controlSocketPath(`${deep}2`));
  });
});

describe('the control channel', () => {
  it('runs the named handler with the input sent and returns its result, to several clients at once', async () => {
    const dataDir = newDataDir();
    await serve(dataDir, echo);
    const replies = await Promise.all(['一', 'two', 'three'].map((text) => sendControlCommand(dataDir, 'echo', { text })));
    expect(replies).toEqual([{ received: { text: '一' } }, { received: { text: 'two' } }, { received: { text: 'three' } }]);
  });

  it('lets no other user connect', async () => {
    const { socketPath } = await serve(newDataDir(), echo);
    expect(statSync(socketPath).mode & 0o777).toBe(0o600);
  });

  it('refuses an unknown command, and reports a failing handler without its details, then serves on', async () => {
    const dataDir = newDataDir();
    const failing = async () => {
      throw new Error('secret details');
    };
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await serve(dataDir, { ...echo, failing });
    await expect(sendControlCommand(dataDir, 'toString', {})).rejects.toThrow('Unknown command "toString".');
    const failure = sendControlCommand(dataDir, 'failing', {});
    await expect(failure).rejects.toThrow('The app could not run failing; its log says why.');
    await expect(failure).rejects.not.toThrow(/secret/);
    expect(log).toHaveBeenCalledWith('The control command failing failed:', expect.objectContaining({ message: 'secret details' }));
    await expect(sendControlCommand(dataDir, 'echo', 1)).resolves.toEqual({ received: 1 });
  });

  it('says nobody answers when no process serves the folder', async () => {
    const dataDir = newDataDir();
    await expect(sendControlCommand(dataDir, 'echo', {})).rejects.toBeInstanceOf(ControlChannelUnavailable);
    writeFileSync(controlSocketPath(dataDir), 'not a socket');
    try {
      await expect(sendControlCommand(dataDir, 'echo', {})).rejects.toBeInstanceOf(ControlChannelUnavailable);
    } finally {
      rmSync(controlSocketPath(dataDir));
    }
  });

  it('says nobody answers on a socket whose process has gone, and a new server takes its place', async () => {
    const dataDir = newDataDir();
    const socketPath = controlSocketPath(dataDir);
    const killed = spawn(process.execPath, ['-e', `require('net').createServer().listen(${JSON.stringify(socketPath)}, () => console.log('ready'))`]);
    await new Promise((resolve) => killed.stdout.once('data', resolve));
    killed.kill('SIGKILL');
    await new Promise((resolve) => killed.once('exit', resolve));
    expect(existsSync(socketPath)).toBe(true);

    await expect(sendControlCommand(dataDir, 'echo', {})).rejects.toBeInstanceOf(ControlChannelUnavailable);
    await serve(dataDir, echo);
    await expect(sendControlCommand(dataDir, 'echo', 'again')).resolves.toEqual({ received: 'again' });
  });

  it('removes its socket when closed', async () => {
    const channel = await serveControlChannel(newDataDir(), echo);
    expect(existsSync(channel.socketPath)).toBe(true);
    await channel.close();
    expect(existsSync(channel.socketPath)).toBe(false);
  });
});
