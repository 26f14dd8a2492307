import type { Frequency, ToolName } from '../../tools';

/** A channel of the active dataset as the planner sees it. */
export interface PlannerChannel {
  /** Column name passed to the tools, e.g. `tv_spend`. */
  name: string;
  /** Readable label, e.g. `TV`. */
  label?: string;
}

/** What the planner knows about the workspace's dataset; all of it optional. */
export interface PlannerDataset {
  channels: PlannerChannel[];
  /** Named groups, e.g. `{ social: ['facebook_spend', 'tiktok_spend'] }`. */
  groups?: Record<string, string[]>;
  /** Period length of the data; turns "over 6 months" into periods. Default weekly. */
  frequency?: Frequency;
  /** Total spend of all channels per period, oldest first: turns "the budget up by $500k" into a percentage of the reference plan. */
  totalSpendHistory?: number[];
}

/** What a user turn asks for. */
export type IntentName =
  | 'whatif'
  | 'optimize'
  | 'contributions'
  | 'drivers'
  | 'mroi'
  | 'response'
  | 'diagnostics'
  | 'methodology'
  | 'refit'
  | 'help'
  | 'clarify'
  | 'out_of_scope';

/**
 * What the answer should lead with, when the plain ranking of the tool result would answer a
 * different question: the worst channel, the blended ROI or media total, averages per period,
 * intervals, whether a move or a cut pays at the margin, or why average and curve ROI differ.
 */
export type AnswerLead =
  | 'worst'
  | 'blended'
  | 'media'
  | 'per_period'
  | 'intervals'
  | 'shift'
  | 'keep_or_cut'
  | 'roi_vs_curve'
  | 'carryover';

/** Every answer lead, to validate one read back from a message. */
export const ANSWER_LEADS: readonly AnswerLead[] = [
  'worst',
  'blended',
  'media',
  'per_period',
  'intervals',
  'shift',
  'keep_or_cut',
  'roi_vs_curve',
  'carryover',
];

/** One tool call the planner decided on, arguments already valid for the tool's schema. */
export interface PlannedCall {
  name: ToolName;
  args: Record<string, unknown>;
}

/** A half-built request waiting for the user's answer to a clarifying question. */
export interface PendingFrame {
  intent: IntentName;
  /**
   * Which slot is missing: `source`, `target`, `channel`, `amount`, or `intent` when a message
   * named channels but not what is wanted of them.
   */
  missing: 'source' | 'target' | 'channel' | 'amount' | 'intent';
  /** The user's message that needs the missing slot; the answer is read together with it. */
  text: string;
}

/**
 * Structured intent put on every planner AIMessage as `additional_kwargs.intent` (and mirrored
 * in `response_metadata.intent`), so the answer composer knows what was asked.
 */
export interface PlannerIntent {
  intent: IntentName;
  /** 0-1, how sure the planner is of the intent. */
  confidence: number;
  /** True when the turn was read as a follow-up of the previous one. */
  followUp: boolean;
  /** The tool calls planned for this turn (also on the message's `tool_calls`). */
  calls: PlannedCall[];
  /** Channels mentioned, resolved to dataset names (or as said when no dataset is known). */
  channels: string[];
  /** For `clarify`: the question asked and the options offered. */
  question?: string;
  options?: string[];
  pending?: PendingFrame;
  /**
   * For response curves: the marginal ROI the user asked to find on the curve (1.8 in "where
   * does TV's marginal ROAS drop to 1.8?"), so the answer reads that point off the curve.
   */
  marginalRoi?: number;
  /**
   * For a what-if: the part of the market the user scoped it to, as said ("10 regions", "the
   * northeast region"). The model is national, so the answer says its figures are for the change
   * everywhere and that a change in those regions alone would move only part of them.
   */
  regions?: string;
  /**
   * A second request made in the same message ("…, and after that could you show me …"): this
   * turn answers the first, and the answer says the second is still to ask.
   */
  later?: string;
  /** What the answer leads with, when not the tool result's own ranking (see `AnswerLead`). */
  lead?: AnswerLead;
  /** Short notes on how the question was read, e.g. `ignored an instruction in the message`. */
  notes: string[];
  /** True on the closing message after the tool results came back. */
  final?: boolean;
}
