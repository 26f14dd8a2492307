import { BOARD_CASES_A } from './board-cases-a';
import { BOARD_CASES_B } from './board-cases-b';
import type { TaggedCase } from './people-cases-a';

/** The fourth held-out set (board, finance, non-native, Slack, money and period variants). */
export const BOARD_CASES: TaggedCase[] = [...BOARD_CASES_A, ...BOARD_CASES_B];
