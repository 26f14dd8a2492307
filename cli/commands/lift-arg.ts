import { invalid, type LiftTestInput } from '../../tools';

const FORMAT =
  /^([^=\s]+)=([0-9]*\.?[0-9]+):([0-9]*\.?[0-9]+)(?:@(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2}))?$/;

/**
 * One `--lift` value, `CHANNEL=ROI:SD[@FROM..TO]`, e.g. `tv_spend=1.8:0.4@2024-03-04..2024-04-28`:
 * a lift test's incremental ROI with its standard error, over its dates (default all the data).
 * `tv_spend+radio_spend=1.4:0.2` is one test of several channels together (their joint ROI).
 */
export function parseLiftArg(value: string): LiftTestInput {
  const m = FORMAT.exec(value.trim());
  if (!m) {
    throw invalid(
      '--lift',
      `expected CHANNEL=ROI:SD or CHANNEL=ROI:SD@FROM..TO (e.g. tv_spend=1.8:0.4@2024-03-04..2024-04-28; tv_spend+radio_spend=… for one test of both), got '${value}'`,
      'invalid_input',
    );
  }
  const [, channel, roi, sd, from, to] = m as unknown as string[];
  const channels = (channel as string).split('+');
  return {
    channel: channels.length === 1 ? (channels[0] as string) : channels,
    roi: Number(roi),
    sd: Number(sd),
    ...(from && to ? { from, to } : {}),
  };
}
