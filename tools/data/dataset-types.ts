/** Time granularity of a dataset, detected from the date column. */
export type Frequency = 'daily' | 'weekly' | 'monthly';

/** Which column plays which role. Detected automatically; every choice can be overridden. */
export interface DatasetSchema {
  date: string;
  kpi: string;
  /** Revenue (currency) or a count such as conversions; decides whether ROI reads as ROAS. */
  kpiType: 'revenue' | 'conversions';
  /** Paid media spend columns, one per channel, in currency. */
  channels: string[];
  /** Continuous controls: price, promotions, competitor spend, macro indicators. */
  controls: string[];
  /** Event columns, encoded 0/1 (label columns become one indicator per label). */
  events: string[];
  frequency: Frequency;
  /** Named channel groups, e.g. { social: ['facebook_spend', 'tiktok_spend'] }. */
  groups: Record<string, string[]>;
}

/** A validated, column-oriented dataset in ascending date order. */
export interface Dataset {
  schema: DatasetSchema;
  /** ISO dates `YYYY-MM-DD`, strictly increasing, regular at `schema.frequency`. */
  dates: string[];
  kpi: number[];
  /** Channel name -> spend per period (non-negative). */
  spend: Record<string, number[]>;
  controls: Record<string, number[]>;
  events: Record<string, number[]>;
}

/** Column roles a caller may force instead of auto-detection. */
export interface SchemaOverrides {
  date?: string;
  kpi?: string;
  kpiType?: 'revenue' | 'conversions';
  channels?: string[];
  controls?: string[];
  events?: string[];
  frequency?: Frequency;
  groups?: Record<string, string[]>;
  /** How to read slash dates when the column alone cannot tell (`01/02/2024`). */
  dateFormat?: 'YYYY-MM-DD' | 'MM/DD/YYYY' | 'DD/MM/YYYY' | 'DD.MM.YYYY';
}

/** What validation found: the detected schema plus non-fatal notes shown to the user. */
export interface ValidationReport {
  schema: DatasetSchema;
  periods: number;
  start: string;
  end: string;
  /** Columns present in the file that were not used, with the reason. */
  ignored: { column: string; reason: string }[];
  warnings: string[];
}
