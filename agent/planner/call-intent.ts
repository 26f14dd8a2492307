import type { IntentName, PlannedCall } from './planner-types';

/** The intent a planned call answers: a breakdown over a period is a drivers question. */
export function intentOfCall(call: PlannedCall | undefined, fallback: IntentName): IntentName {
  switch (call?.name) {
    case 'what_if':
      return 'whatif';
    case 'optimize_budget':
      return 'optimize';
    case 'get_response_curve':
      return 'response';
    case 'fit_model':
      return 'refit';
    case 'get_model_diagnostics':
      return 'diagnostics';
    case 'get_contributions':
      return call.args.sortBy === 'mroi'
        ? 'mroi'
        : call.args.period && call.args.focus !== 'mix'
          ? 'drivers'
          : 'contributions';
  }
  return fallback;
}
