/**
 * The replay probe: answers every question from a bundle. What the bundle does not hold behaves as
 * "not there": a program not found, a file missing, a library call that throws. It keeps what it
 * was asked and what it answered, so a replayed run can be recorded in turn (`--replay` with
 * `--record`): what a run asked of a machine, e.g. the setting it opened, can be read back.
 */
import { interactionKey, type Bundle, type Interaction } from './bundle.js';
import { ProbeMissingError, type CommandResult, type FileStat, type PlatformInfo, type Probe, type RunOptions } from './types.js';

export class ReplayProbe implements Probe {
  readonly mode = 'replay' as const;
  readonly platform: PlatformInfo;
  private readonly recordedAt: Date;
  /** per key, the answers in the order they were recorded; the last one repeats */
  private readonly answers = new Map<string, Interaction[]>();
  private readonly served = new Map<string, number>();
  private readonly asked: Interaction[] = [];
  private readonly note: string | undefined;

  constructor(bundle: Bundle) {
    this.platform = bundle.platform;
    this.note = bundle.note;
    this.recordedAt = new Date(bundle.recordedAt);
    for (const interaction of bundle.interactions) {
      const key = interactionKey(interaction);
      const list = this.answers.get(key) ?? [];
      list.push(interaction);
      this.answers.set(key, list);
    }
  }

  now(): Date {
    return new Date(this.recordedAt);
  }

  private next(key: string): Interaction | undefined {
    const list = this.answers.get(key);
    if (!list || list.length === 0) return undefined;
    const index = this.served.get(key) ?? 0;
    this.served.set(key, index + 1);
    return list[Math.min(index, list.length - 1)];
  }

  async run(cmd: string, args: string[], options: RunOptions = {}): Promise<CommandResult> {
    const locale = options.locale ?? 'c';
    const found = this.next(interactionKey({ type: 'run', cmd, args, locale, env: options.env }));
    const result: CommandResult = found?.type === 'run' ? { ...found.result } : { stdout: '', stderr: '', code: null, failure: 'not-found' };
    this.asked.push({ type: 'run', cmd, args, locale, ...(options.env ? { env: options.env } : {}), result });
    return result;
  }

  async readFile(path: string): Promise<string | null> {
    const found = this.next(interactionKey({ type: 'readFile', path }));
    const result = found?.type === 'readFile' ? found.result : null;
    this.asked.push({ type: 'readFile', path, result });
    return result;
  }

  async listDir(path: string): Promise<string[] | null> {
    const found = this.next(interactionKey({ type: 'listDir', path }));
    const result = found?.type === 'listDir' ? found.result : null;
    this.asked.push({ type: 'listDir', path, result });
    return result;
  }

  async stat(path: string): Promise<FileStat | null> {
    const found = this.next(interactionKey({ type: 'stat', path }));
    const result = found?.type === 'stat' ? found.result : null;
    this.asked.push({ type: 'stat', path, result });
    return result;
  }

  async call<T>(name: string, args: unknown[], _fn: () => Promise<T>): Promise<T> {
    const plainArgs = JSON.parse(JSON.stringify(args)) as unknown[];
    const found = this.next(interactionKey({ type: 'call', name, args: plainArgs }));
    if (found?.type !== 'call') {
      this.asked.push({ type: 'call', name, args: plainArgs, error: 'not in the replay bundle' });
      throw new ProbeMissingError(`${name}(${JSON.stringify(args)})`);
    }
    this.asked.push({ ...found, args: plainArgs });
    if (found.error !== undefined) throw new Error(found.error);
    return found.result as T;
  }

  /** What this replay was asked, with the answers it gave, as a bundle of its own. */
  bundle(tool: string): Bundle {
    return {
      format: 'homeoffice-check-bundle',
      version: 1,
      recordedAt: this.recordedAt.toISOString(),
      platform: { ...this.platform },
      tool,
      note: `replayed${this.note ? `: ${this.note}` : ''}`.slice(0, 500),
      interactions: [...this.asked],
    };
  }
}
