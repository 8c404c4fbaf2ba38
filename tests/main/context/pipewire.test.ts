import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createPipeWireMicrophoneSource,
  microphoneFromPwDump,
} from '../../../electron/context/linux/pipewireCapture';
import { createToolRunner } from '../../../electron/context/runTool';
import { kill, startPrivateBus, type PrivateBus } from './privateBus';
import { recordReadings } from './readings';

/**
 * The microphone detector against Debian's real PipeWire, headless: a private XDG_RUNTIME_DIR and
 * session bus, pipewire + wireplumber, a virtual microphone (a null audio source) and pw-record
 * capturing from it, as a call app would.
 */
describe('microphone in use: a real PipeWire capture stream', () => {
  let home: string;
  let bus: PrivateBus;
  let env: NodeJS.ProcessEnv;
  const daemons: ChildProcess[] = [];

  const until = async (what: string, test: () => Promise<boolean>, ms = 8000) => {
    for (const end = Date.now() + ms; Date.now() < end;) {
      if (await test()) return;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`${what} within ${ms} ms`);
  };

  beforeAll(async () => {
    home = mkdtempSync(join(tmpdir(), 'mobes-pw-'));
    const runtime = join(home, 'run');
    mkdirSync(runtime);
    chmodSync(runtime, 0o700);
    bus = await startPrivateBus();
    env = { ...process.env, XDG_RUNTIME_DIR: runtime, DBUS_SESSION_BUS_ADDRESS: bus.address, HOME: home };
    daemons.push(spawn('pipewire', [], { env, stdio: 'ignore' }));
    const run = createToolRunner(env);
    await until('pipewire answers', async () => (await run('pw-cli', ['info', '0'])).ok);
    daemons.push(spawn('wireplumber', [], { env, stdio: 'ignore' }));
    const mic =
      '{ factory.name=support.null-audio-sink node.name=mobes-test-mic media.class=Audio/Source/Virtual audio.position=[MONO] object.linger=true }';
    await until('the virtual microphone exists', async () => {
      await run('pw-cli', ['create-node', 'adapter', mic]);
      const out = await run('pw-dump', ['Node']);
      return out.ok && out.stdout.includes('mobes-test-mic');
    });
  }, 20_000);

  afterAll(async () => {
    for (const d of daemons.reverse()) await kill(d);
    await bus?.stop();
    if (home) rmSync(home, { recursive: true, force: true });
  });

  it('is busy while pw-record captures, free when it stops', async () => {
    const source = createPipeWireMicrophoneSource(createToolRunner(env));
    const rec = recordReadings(source);
    await source.poll!();
    expect(rec.last()).toEqual({ signals: { microphone: 'free' } });

    const recorder = spawn('pw-record', ['--target', 'mobes-test-mic', join(home, 'call.wav')], {
      env,
      stdio: 'ignore',
    });
    try {
      await until('the capture stream runs and is seen', async () => {
        await source.poll!();
        return rec.last().signals.microphone === 'busy';
      });
    } finally {
      await kill(recorder);
    }
    await until('the stream is gone', async () => {
      await source.poll!();
      return rec.last().signals.microphone === 'free';
    });
  }, 20_000);

  it('without a PipeWire daemon it is unknown, with pw-dump’s reason', async () => {
    const source = createPipeWireMicrophoneSource(
      createToolRunner({ ...env, XDG_RUNTIME_DIR: join(home, 'nowhere') }),
    );
    const rec = recordReadings(source);
    await source.poll!();
    expect(rec.last()).toMatchObject({
      signals: { microphone: 'unknown' },
      problem: expect.stringMatching(/^pw-dump/),
    });
  });
});

describe('pw-dump parsing', () => {
  const node = (state: string, props: Record<string, unknown>) => ({
    type: 'PipeWire:Interface:Node',
    info: { state, props },
  });
  const capture = { 'media.class': 'Stream/Input/Audio', 'application.process.id': 4242 };

  it('counts a running capture stream, not a paused one, an output, a level meter or Mobes itself', () => {
    const read = (nodes: unknown[]) => microphoneFromPwDump(JSON.stringify(nodes), 1000);
    expect(read([node('running', capture)])).toEqual({ signals: { microphone: 'busy' } });
    expect(read([node('suspended', capture), node('idle', capture)])).toEqual({
      signals: { microphone: 'free' },
    });
    expect(read([node('running', { 'media.class': 'Stream/Output/Audio' })])).toEqual({
      signals: { microphone: 'free' },
    });
    expect(read([node('running', { ...capture, 'stream.monitor': true })])).toEqual({
      signals: { microphone: 'free' },
    });
    expect(read([node('running', { ...capture, 'application.process.id': 1000 })])).toEqual({
      signals: { microphone: 'free' },
    });
  });

  it('bad output is a problem, not a crash', () => {
    expect(microphoneFromPwDump('not json', 1)).toEqual({
      problem: 'pw-dump printed something that is not JSON',
    });
    expect(microphoneFromPwDump('{}', 1)).toEqual({ problem: 'pw-dump did not print a list of objects' });
  });
});
