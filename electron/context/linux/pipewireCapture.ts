import type { ContextSource } from '../source';
import { createPolledSource, type PollResult } from '../polledSource';
import type { ToolRunner } from '../runTool';

interface PwNode {
  type?: string;
  info?: { state?: string; props?: Record<string, unknown> };
}

/**
 * Microphone in use: a PipeWire capture stream (media.class Stream/Input/Audio) in state `running`,
 * from `pw-dump Node` (JSON). Streams that only watch levels are left out: monitors of an output
 * (`stream.monitor`, `stream.capture.sink`, as volume meters open them). Mobes itself never captures,
 * but its own process id is skipped anyway.
 * https://docs.pipewire.org/page_man_pw-dump_1.html
 */
export function microphoneFromPwDump(json: string, ownPid: number): PollResult {
  let nodes: unknown;
  try {
    nodes = JSON.parse(json);
  } catch {
    return { problem: 'pw-dump printed something that is not JSON' };
  }
  if (!Array.isArray(nodes)) return { problem: 'pw-dump did not print a list of objects' };
  const capturing = (nodes as PwNode[]).some((node) => {
    const props = node?.info?.props ?? {};
    return (
      node?.type === 'PipeWire:Interface:Node' &&
      node.info?.state === 'running' &&
      props['media.class'] === 'Stream/Input/Audio' &&
      props['stream.monitor'] !== true &&
      props['stream.capture.sink'] !== true &&
      Number(props['application.process.id']) !== ownPid
    );
  });
  return { signals: { microphone: capturing ? 'busy' : 'free' } };
}

export function createPipeWireMicrophoneSource(run: ToolRunner, ownPid = process.pid): ContextSource {
  return createPolledSource({
    id: 'linux-pipewire-microphone',
    label: 'Microphone in use (PipeWire)',
    signals: ['microphone'],
    async read() {
      const out = await run('pw-dump', ['Node']);
      return out.ok ? microphoneFromPwDump(out.stdout, ownPid) : { problem: out.problem };
    },
  });
}
