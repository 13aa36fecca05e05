/**
 * What the live view shows, gathered from the engine's events. The checks run before the view is
 * mounted (while questions are asked), so the events land here first and the view reads the state
 * when it appears. No Ink here: this is plain state with subscribers.
 */
import type { AnyCheck, Status } from '../check.js';
import type { Lang } from '../i18n/index.js';
import type { Report } from '../report/schema.js';
import { checkTitle, type RunEvent } from '../run.js';

export interface CheckRow {
  id: string;
  title: string;
  /** pending: not started; running: started, no result yet */
  status: 'pending' | 'running' | Status;
  summary: string | null;
  /** 0-1 for checks that report progress (the network test) */
  fraction: number | null;
  /** the phase the check is in (latency, download, upload) */
  phase: string | null;
}

export interface LiveState {
  rows: CheckRow[];
  /** the run's report, as it first came out (written once above the actions) */
  report: Report | null;
  /** the report as it stands after the checks the employee had checked again */
  current: Report | null;
}

export class LiveStore {
  private state: LiveState;
  private readonly listeners = new Set<() => void>();

  constructor(checks: readonly AnyCheck[], lang: Lang) {
    this.state = {
      rows: checks.map((c) => ({ id: c.id, title: checkTitle(c, lang), status: 'pending', summary: null, fraction: null, phase: null })),
      report: null,
      current: null,
    };
  }

  get = (): LiveState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  onEvent = (event: RunEvent): void => {
    const id = event.type === 'check-done' ? event.result.id : event.id;
    this.change(id, (row) => {
      if (event.type === 'check-start') return { ...row, status: 'running' };
      if (event.type === 'check-progress') return { ...row, fraction: event.fraction, phase: event.note ?? row.phase };
      if (event.type === 'check-collected') return row;
      return { ...row, status: event.result.status, summary: event.result.summary, fraction: null, phase: null };
    });
  };

  /** The report is in: the rows show its results (the same the engine emitted, judged once). */
  finish(report: Report): void {
    const byId = new Map(report.checks.map((c) => [c.id, c]));
    const rows = this.state.rows.map((row) => {
      const result = byId.get(row.id);
      return result ? { ...row, status: result.status, summary: result.summary, fraction: null, phase: null } : row;
    });
    this.set({ rows, report, current: report });
  }

  /** A check was checked again: the report with its new result and score. */
  update(report: Report): void {
    this.set({ ...this.state, current: report });
  }

  private change(id: string, change: (row: CheckRow) => CheckRow): void {
    this.set({ ...this.state, rows: this.state.rows.map((row) => (row.id === id ? change(row) : row)) });
  }

  private set(state: LiveState): void {
    this.state = state;
    for (const listener of this.listeners) listener();
  }
}
