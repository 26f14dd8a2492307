/**
 * The contract between the agent and every surface (HTTP, SSE, widget, Slack, CLI, evals).
 * A surface calls `AgentService.answer` and renders the events and the final parts its own way.
 */

/** A document passage the answer relies on; `[n]` in the text refers to `citations[n-1]`. */
export interface Citation {
  /** Stable document id, e.g. `adstock`. */
  id: string;
  title: string;
  /** Heading path of the cited chunk, e.g. `Adstock › Geometric decay`. */
  section?: string;
  snippet?: string;
}

/** One tool call the agent made, with the exact arguments and the tool's result. */
export interface ToolCallRecord {
  id: string;
  name: string;
  args: Record<string, unknown>;
  result: unknown;
  error?: { code: string; message: string };
  ms?: number;
  /** Set when the result was stored as a scenario (what-if and optimizer results). */
  scenarioId?: string;
}

/** Structured parts beside the text, rendered by each surface its own way. */
export type AnswerPart =
  | { type: 'table'; title: string; columns: string[]; rows: (string | number)[][] }
  | {
      type: 'chart';
      kind: 'response_curve' | 'contributions' | 'scenario' | 'budget_curve';
      title: string;
      xLabel: string;
      yLabel: string;
      /** Category names for bar charts: point x values are indexes into this list. */
      categories?: string[];
      series: { name: string; points: [number, number][] }[];
    }
  | {
      /** A scenario the widget can re-run with sliders (reference and scenario spend per channel). */
      type: 'scenario';
      scenarioId?: string;
      horizon: { periods: number; unit: string };
      reference: Record<string, number>;
      scenario: Record<string, number>;
      /**
       * Channels the scenario lays out other than in their recent shape ('even': always-on,
       * 'bursts': regular bursts); the sliders predict with it so a re-run keeps the layout.
       */
      flighting?: Record<
        string,
        'even' | 'bursts' | 'historical' | { layout: 'bursts'; burst: number; off?: number }
      >;
    }
  | { type: 'approval'; scenarioId: string; summary: string }
  | { type: 'notice'; level: 'info' | 'warning'; text: string };

/** The final answer of one turn. `answer` is plain text with light markdown and [n] citations. */
export interface AgentAnswer {
  answer: string;
  parts: AnswerPart[];
  toolCalls: ToolCallRecord[];
  citations: Citation[];
  threadId: string;
  /** Which model produced the plan: `offline`, `openai`, or `offline (fallback)` after an API failure. */
  provider: string;
  /** Set when the turn paused for a confirmation (approve a plan); resume with `resume`. */
  pending?: { kind: 'approve_plan'; scenarioId: string; summary: string };
}

/** Streamed while a turn runs; the last event is always `final` or `error`. */
export type AgentEvent =
  | { type: 'status'; message: string }
  | { type: 'tool_start'; id: string; name: string; args: Record<string, unknown> }
  | { type: 'tool_end'; id: string; name: string; ok: boolean; ms: number }
  | { type: 'token'; text: string }
  | { type: 'final'; answer: AgentAnswer }
  | { type: 'error'; code: string; message: string };

export interface AnswerInput {
  workspaceId: string;
  /** Omit to start a new conversation; the final answer carries the id to continue it. */
  threadId?: string;
  question: string;
}

export interface ResumeInput {
  workspaceId: string;
  threadId: string;
  /** The user's decision on the pending confirmation. */
  approve: boolean;
}

/** The one entry point every surface uses. */
export interface AgentService {
  answer(input: AnswerInput): AsyncIterable<AgentEvent>;
  resume(input: ResumeInput): AsyncIterable<AgentEvent>;
}
