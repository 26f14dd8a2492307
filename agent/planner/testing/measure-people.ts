// Prints the planner's accuracy on the people-style set (or, with --board, the fourth set; with
// --fifth ... --nineteenth, those), by tag:
// npx tsx agent/planner/testing/measure-people.ts [--board|--fifth|...|--nineteenth] [--fail]
import { OfflinePlanner } from '../offline-planner';
import type { PlannerDataset } from '../planner-types';
import { BOARD_CASES } from './board-cases';
import { EIGHTEENTH_CASES } from './eighteenth-cases';
import { EIGHTH_CASES } from './eighth-cases';
import { ELEVENTH_CASES } from './eleventh-cases';
import { FIFTEENTH_CASES } from './fifteenth-cases';
import { FIFTH_CASES } from './fifth-cases';
import { FOURTEENTH_CASES } from './fourteenth-cases';
import { NINETEENTH_CASES } from './nineteenth-cases';
import { NINTH_CASES } from './ninth-cases';
import { PEOPLE_CASES as PEOPLE, PEOPLE_DATASET } from './people-cases';
import type { TaggedCase } from './planner-case';
import { checkCase } from './run-case';
import { SEVENTEENTH_CASES } from './seventeenth-cases';
import { SEVENTH_CASES } from './seventh-cases';
import { SIXTEENTH_CASES } from './sixteenth-cases';
import { SIXTH_CASES } from './sixth-cases';
import { TENTH_CASES } from './tenth-cases';
import { THIRTEENTH_CASES } from './thirteenth-cases';
import { TWELFTH_CASES } from './twelfth-cases';

const planner = new OfflinePlanner({ dataset: PEOPLE_DATASET as PlannerDataset });
/** Each table by its flag; without one, the people-style set. */
const TABLES: Record<string, TaggedCase[]> = {
  '--board': BOARD_CASES,
  '--fifth': FIFTH_CASES,
  '--sixth': SIXTH_CASES,
  '--seventh': SEVENTH_CASES,
  '--eighth': EIGHTH_CASES,
  '--ninth': NINTH_CASES,
  '--tenth': TENTH_CASES,
  '--eleventh': ELEVENTH_CASES,
  '--twelfth': TWELFTH_CASES,
  '--thirteenth': THIRTEENTH_CASES,
  '--fourteenth': FOURTEENTH_CASES,
  '--fifteenth': FIFTEENTH_CASES,
  '--sixteenth': SIXTEENTH_CASES,
  '--seventeenth': SEVENTEENTH_CASES,
  '--eighteenth': EIGHTEENTH_CASES,
  '--nineteenth': NINETEENTH_CASES,
};
const flag = process.argv.find((a) => a in TABLES);
const PEOPLE_CASES = flag ? (TABLES[flag] as TaggedCase[]) : PEOPLE;
const byTag = new Map<string, { pass: number; total: number }>();
let pass = 0;
/** How a misread fails: asked back or declined (safe), or ran a tool with the wrong arguments. */
const misread = { askedBack: 0, declined: 0, wrongCall: 0 };
for (const c of PEOPLE_CASES) {
  const { problems, message } = checkCase(planner, c);
  const t = byTag.get(c.tag) ?? { pass: 0, total: 0 };
  t.total += 1;
  if (problems.length === 0) {
    t.pass += 1;
    pass += 1;
    byTag.set(c.tag, t);
    continue;
  }
  const said = (message.additional_kwargs.intent as { intent: string }).intent;
  if (said === 'clarify') misread.askedBack += 1;
  else if ((message.tool_calls ?? []).some((x) => x.name !== 'search_methodology'))
    misread.wrongCall += 1;
  else misread.declined += 1;
  if (process.argv.includes('--fail')) {
    console.log(`FAIL [${c.tag}] ${JSON.stringify(c.q)}\n   ${problems.join('\n   ')}`);
  }
  byTag.set(c.tag, t);
}
for (const [tag, t] of byTag) console.log(`${tag.padEnd(12)} ${t.pass}/${t.total}`);
console.log(
  `overall      ${pass}/${PEOPLE_CASES.length} = ${((100 * pass) / PEOPLE_CASES.length).toFixed(1)}%`,
);
console.log(
  `misread      asked back ${misread.askedBack}, declined or answered without a tool ${misread.declined}, wrong tool or arguments ${misread.wrongCall}`,
);
