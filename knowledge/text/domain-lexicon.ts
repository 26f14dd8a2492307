/**
 * Marketing-mix vocabulary grouped into concepts. Words and phrases in one group are different
 * ways people name the same idea ("ROAS", "return on ad spend", "payback"); the local embedder adds
 * a shared concept feature for each, so a question in executive words meets a passage in analyst
 * words. Written from the domain, not from any test question; bump LEXICON_VERSION on change.
 */
export const LEXICON_VERSION = 1;

const GROUPS: Record<string, string> = {
  mmm: 'marketing mix model|marketing mix modeling|mmm|media mix|mix model|econometric|econometrics|top down',
  carryover:
    'adstock|carryover|carry over|lag|lagged|decay|half life|halflife|linger|lingering|delayed|delay|long term effect|memory|keeps working|residual effect|weibull|geometric|how long|lasting|long lasting|persist|persists|after it stops|after the campaign',
  saturation:
    'saturation|saturate|saturated|diminishing returns|diminishing|plateau|ceiling|hill|wear out|wearout|headroom|flatten|flattens|maxed out|taper|overspend|overspending',
  roi: 'roi|roas|return on investment|return on ad spend|payback|pay back|efficiency|efficient|bang for buck|pay off|worth it|profitable|cost per acquisition|cpa',
  marginal:
    'marginal|mroi|next dollar|extra dollar|additional dollar|last dollar|next euro|extra euro|one more unit|incremental return|marginal return',
  contribution:
    'contribution|contribute|contributes|decomposition|decompose|attribution|attribute|credit|driver|drivers|drove|driven|due to|incremental sales|waterfall',
  baseline:
    'baseline|base sales|organic|without advertising|without media|non media|intercept|underlying demand|base demand|no advertising|no media|anyway|would have happened|would have sold',
  trend: 'trend|growth trend|long run|upward|downward',
  seasonality:
    'seasonality|seasonal|season|holiday|christmas|fourier|yearly pattern|day of week|weekday|weekend|summer|winter',
  controls:
    'control variable|controls|price|pricing|promotion|promo|discount|competitor|macro|weather|economy|covariate|covariates',
  events: 'event|events|launch|outage|one off|spike|dummy|strike|stockout',
  regularization:
    'ridge|regularization|regularisation|regularized|penalty|penalised|penalized|lambda|shrinkage|shrink|overfitting|overfit|non negative|negative coefficient',
  search:
    'hyperparameter|hyperparameters|hyper parameter|parameter search|tuning|tune|random search|seed|search space|candidate|candidates|trial|trials',
  validation:
    'validate|validation|out of sample|holdout|hold out|backtest|cross validation|test set|unseen|generalize|generalise',
  fitmetrics:
    'r2|r squared|rsquared|nrmse|rmse|mape|accuracy|accurate|goodness of fit|fit quality|fit metric|error|residual|residuals',
  plausibility: 'decomp rssd|rssd|plausibility|plausible|implausible|sanity|sensible',
  uncertainty:
    'uncertainty|uncertain|interval|intervals|confidence|confident|bootstrap|error bar|error bars|range|certainty|credible|precision|precise|margin of error|noise|noisy|wide|how sure|how sure|how confident|trust',
  responsecurve: 'response curve|curve|curves|spend response|shape|steady state',
  whatif:
    'whatif|scenario|scenarios|simulate|simulation|forecast|predict|prediction|projection|project|move budget|shift budget|shift spend|move spend|cut|double|halve|what if|what happens if|what would happen',
  horizon:
    'horizon|quarter|next quarter|time frame|weeks ahead|run rate|reference plan|business as usual|tail',
  optimizer:
    'optimize|optimise|optimizer|optimiser|optimization|optimisation|optimal|optimum|allocation|allocate|reallocate|reallocation|best split|best mix|maximize|maximise|budget split|recommend|recommendation',
  constraint:
    'constraint|constraints|minimum|maximum|cap|floor|lock|locked|bound|bounds|binding|at least|at most',
  objective: 'objective|goal|target|target roas|target kpi|profit|margin|breakeven|break even',
  budgetcurve:
    'budget curve|total budget|overall budget|budget level|spend more overall|how much to spend',
  causation:
    'causal|causation|correlation|correlate|correlated|cause|causes|causality|confound|confounder|confounding|spurious|bias|biased|endogeneity|reverse causality|prove|proof|really work|really works',
  collinearity:
    'collinear|collinearity|multicollinearity|move together|same time|overlap|always on|tangled|disentangle|separate effects|identify',
  extrapolation:
    'extrapolate|extrapolation|extrapolating|beyond observed|never spent|outside range|untested|new channel|out of range|never seen|far more than|more than ever|ever spent|never tried',
  experiment:
    'experiment|experiments|lift test|lift study|geo test|geo experiment|holdout test|incrementality test|incrementality|ab test|randomized|randomised|controlled test|conversion lift|matched market|calibrate|calibration|ground truth',
  privacy:
    'privacy|private|personal data|pii|gdpr|confidential|confidentiality|secure|security|leak|third party|retention|sensitive|share data|sent|send',
  provider:
    'openai|model provider|llm|language model|chatgpt|api key|embedded mode|offline|cloud|external',
  executive:
    'executive|cmo|cfo|ceo|board|leadership|stakeholder|takeaway|decision|bottom line|manager|trust',
  data: 'data requirement|data requirements|history|how much data|weeks of data|years of data|column|columns|csv|granularity|daily|weekly|monthly|missing values|missing|spreadsheet|upload|format|get started|upload|file|prepare|input|what data|how many weeks|how many years',
  glossary: 'glossary|jargon|definition|define|terminology|acronym|stand for',
  grounding:
    'citation|citations|cite|source|sources|grounded|grounding|hallucinate|hallucination|made up|invent|invented|tool call|tool calls|trace|verify',
  reproducible:
    'reproducible|reproducibility|same answer|same result|same results|rerun|re run|deterministic|bit for bit|same seed|audit|auditable',
  workspace: 'workspace|workspaces|tenant|account|team',
};

/** Concept name -> its words and phrases (lower case, as written). */
export const CONCEPTS: Record<string, readonly string[]> = Object.fromEntries(
  Object.entries(GROUPS).map(([name, list]) => [name, list.split('|')]),
);
