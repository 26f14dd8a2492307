/**
 * JSDoc mirrors of the server contracts the widget reads (agent/agent-types.ts, the HTTP
 * contract, tools' ValidationReport and what_if result). Types only; nothing runs here.
 */

/** @typedef {{ id: string, title: string, section?: string, snippet?: string }} Citation */

/**
 * How a scenario lays channels out over the horizon: 'even' (always-on), 'bursts' (regular
 * bursts, on then off as long; with `burst`, bursts of that many periods, and with `off` pauses of
 * that many) or 'historical' (its recent shape, the default for channels not named).
 * @typedef {Record<string, 'even' | 'bursts' | 'historical' | { layout: 'bursts', burst: number, off?: number }>} Flighting
 */

/**
 * @typedef {{ type: 'table', title: string, columns: string[], rows: (string | number)[][] }
 *   | import('./chart-spec.js').ChartPart
 *   | { type: 'scenario', scenarioId?: string, horizon: { periods: number, unit: string },
 *       reference: Record<string, number>, scenario: Record<string, number>,
 *       flighting?: Flighting }
 *   | { type: 'approval', scenarioId: string, summary: string }
 *   | { type: 'notice', level: 'info' | 'warning', text: string }} AnswerPart
 */

/**
 * @typedef {object} AgentAnswer
 * @property {string} answer
 * @property {AnswerPart[]} parts
 * @property {{ id: string, name: string }[]} [toolCalls]
 * @property {Citation[]} citations
 * @property {string} threadId
 * @property {string} [provider]
 * @property {{ kind: 'approve_plan', scenarioId: string, summary: string }} [pending]
 */

/**
 * @typedef {{ type: 'status', message: string }
 *   | { type: 'tool_start', id: string, name: string, args?: Record<string, unknown> }
 *   | { type: 'tool_end', id: string, name: string, ok: boolean, ms: number }
 *   | { type: 'token', text: string }
 *   | { type: 'final', answer: AgentAnswer }
 *   | { type: 'error', code: string, message: string }} AgentEvent
 */

/**
 * @typedef {object} WhatIfResult
 * @property {{ periods: number, unit: string }} horizon
 * @property {{ spend: Record<string, number>, kpi: number }} reference
 * @property {{ spend: Record<string, number>, kpi: number }} scenario
 * @property {{ kpi: number, kpiPct: number, spend: number, interval?: unknown }} delta
 * @property {string[]} [assumptions]
 */

/**
 * @typedef {object} Workspace
 * @property {string} id
 * @property {string} name
 * @property {{ name: string, label?: string, group?: string }[]} channels
 * @property {string} [kpi]
 * @property {{ periods: number, unit: string }} horizon
 * @property {Record<string, number>} reference
 */

/**
 * @typedef {{ id: string, messages: { role: 'user' | 'assistant', text: string,
 *   parts?: AnswerPart[], citations?: Citation[], at?: string }[] }} Thread
 */

/**
 * @typedef {object} ValidationReport
 * @property {{ date: string, kpi: string, kpiType?: string, channels: string[], controls: string[],
 *   events: string[], frequency: string }} schema
 * @property {number} periods
 * @property {string} start
 * @property {string} end
 * @property {{ column: string, reason: string }[]} ignored
 * @property {string[]} warnings
 */

export {};
