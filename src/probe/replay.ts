/**
 * The replay probe: answers every question from a bundle. What the bundle does not hold behaves as
 * "not there": a program not found, a file missing, a library call that throws.
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

  constructor(bundle: Bundle) {
    this.platform = bundle.platform;
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
    const found = this.next(interactionKey({ type: 'run', cmd, args, locale: options.locale ?? 'c', env: options.env }));
    if (found?.type === 'run') return { ...found.result };
    return { stdout: '', stderr: '', code: null, failure: 'not-found' };
  }

  async readFile(path: string): Promise<string | null> {
    const found = this.next(interactionKey({ type: 'readFile', path }));
    return found?.type === 'readFile' ? found.result : null;
  }

  async listDir(path: string): Promise<string[] | null> {
    const found = this.next(interactionKey({ type: 'listDir', path }));
    return found?.type === 'listDir' ? found.result : null;
  }

  async stat(path: string): Promise<FileStat | null> {
    const found = this.next(interactionKey({ type: 'stat', path }));
    return found?.type === 'stat' ? found.result : null;
  }

  async call<T>(name: string, args: unknown[], _fn: () => Promise<T>): Promise<T> {
    const key = interactionKey({ type: 'call', name, args: JSON.parse(JSON.stringify(args)) as unknown[] });
    const found = this.next(key);
    if (found?.type !== 'call') throw new ProbeMissingError(`${name}(${JSON.stringify(args)})`);
    if (found.error !== undefined) throw new Error(found.error);
    return found.result as T;
  }
}
