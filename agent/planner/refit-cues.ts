import type { Cue } from './cue';
import { DROP_TESTS, isHypotheticalPlan } from './lift-test-frame';

/** Cues of a refit: fit the model again, drop or calibrate to lift tests. */
export const REFIT_CUES: Cue[] = [
  {
    re: /\b(?:re[- ]?fit\w*|re[- ]?train\w*|re[- ]?estimat\w*|re[- ]?calibrat\w*|rebuild|re[- ]?build|re[- ]?run the model|re[- ]?run the fit|refresh the model|update the model|fit (?:the|a|new|it) (?:model)?|fit again|train (?:the|a|new) model|run the model again|build a new model|new model)\b/,
    weight: 5,
  },
  { re: /\bseed\b/, weight: 1 },
  { re: DROP_TESTS, weight: 5 },
  // A reported experiment result: calibrate the model to it (not a plan or a hypothetical).
  {
    re: /\b(?:lift|geo|geo-?lift|holdout|hold-?out|incrementality|matched markets?|experiments?)\b[^?]*\b(?:tests?|stud(?:y|ies)|experiments?|holdouts?|results?|readouts?|(?:point )?estimate|ci|confidence interval|measured?|showed|shows|came back|read|i?roas|roi)\b[^?]*\b(?:NUM|MULT|MONEY)\b|\b(?:NUM|MULT|MONEY)\b[^?]*\b(?:lift|geo|holdout|incrementality) (?:tests?|stud(?:y|ies)|experiments?)\b/,
    weight: 6,
    unless: isHypotheticalPlan,
  },
  {
    re: /^(?:please |can you |could you )?(?:calibrate|use|apply|add|feed|plug in)\b[^?]*\b(?:lift|geo|holdout|hold-?out|incrementality|experiments?)\b/,
    weight: 5,
    // "add 5k a week to TikTok, what is the lift?": the lift a plan gives, not a test's.
    unless: (skel) =>
      /\bwhat(?: is| would| will| could)? (?:the )?lift\b|\bthe lift (?:be|would be|will be)\b|\blift (?:would|will|do|does|could) (?:we|it|that|this)\b/.test(
        skel,
      ),
  },
  {
    re: /\b(?:re-?)?calibrat\w* (?:the model |the fit |it |mmm )?(?:to|with|on|against|using)\b/,
    weight: 5,
    unless: (skel) => /\b(?:how|what|why|when|whether)\b[^?]*\b(?:re)?calibrat/.test(skel),
  },
];
