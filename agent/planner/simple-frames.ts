import { channelRefs } from './token-utils';
import type { FrameResult, TurnContext } from './turn-context';

function sortBy(text: string): 'contribution' | 'roi' | 'mroi' | 'share' {
  if (/\bmarginal|\bmroi\b|\bmroas\b|\bnext dollar\b/.test(text)) return 'mroi';
  if (
    /\broi\b|\broas\b|\breturn|\befficien|\beffective|\bbang for|\bper dollar\b|\bpaying off\b|\bpays off\b|\bworth it\b/.test(
      text,
    )
  )
    return 'roi';
  if (/\bshare\b|\bproportion\b|\bpercent of (?:sales|revenue)\b|\bwhat percentage\b/.test(text))
    return 'share';
  return 'contribution';
}

/** Contributions (optionally over a period, for some channels), ranked the way the user asked. */
export function buildContributions(ctx: TurnContext, forceSort?: 'mroi'): FrameResult {
  const args: Record<string, unknown> = { sortBy: forceSort ?? sortBy(ctx.text) };
  const refs = channelRefs(ctx.tokens);
  if (refs.length > 0) args.channels = refs;
  if (ctx.period) args.period = ctx.period;
  return { kind: 'calls', calls: [{ name: 'get_contributions', args }] };
}

/** Response curves for the channels named; without a channel, marginal ROI of every channel. */
export function buildResponse(ctx: TurnContext): FrameResult {
  const refs = channelRefs(ctx.tokens);
  if (refs.length === 0) return buildContributions(ctx, 'mroi');
  const mult = ctx.tokens.find((t) => t.t === 'mult');
  const maxMultiple = mult?.t === 'mult' && mult.v > 1 && mult.v <= 10 ? mult.v : undefined;
  return {
    kind: 'calls',
    calls: refs.slice(0, 6).map((channel) => ({
      name: 'get_response_curve' as const,
      args: maxMultiple ? { channel, maxMultiple } : { channel },
    })),
  };
}

/** Model quality. */
export function buildDiagnostics(): FrameResult {
  return { kind: 'calls', calls: [{ name: 'get_model_diagnostics', args: {} }] };
}

/** Fit again, with the seed when one was given. */
export function buildRefit(ctx: TurnContext): FrameResult {
  const m = /\bseed (?:of |to |=|number )?(\d+)\b/.exec(ctx.text);
  const args: Record<string, unknown> = { refit: true };
  if (m?.[1]) args.seed = Number(m[1]);
  return { kind: 'calls', calls: [{ name: 'fit_model', args }] };
}
