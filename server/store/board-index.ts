import { deriveStatus, type AccountStatus } from '../../src/domain/account-status';
import type { IsoDay } from '../../src/domain/calendar';
import type { AccountRecord } from './account-record';
import { searchTextOf } from './account-query';

/** One MSP's records of one status on one day, in board order, and once it is searched their folded texts. */
export interface Board {
  readonly records: readonly AccountRecord[];
  texts: readonly string[] | null;
}

const noBoard: Board = { records: [], texts: [] };

/**
 * The memory store's boards for one day: every MSP's records of each status, made in one pass over the fleet and
 * kept until the records change (the store clears it at every write) or the day does. A board's page then reads
 * only its own records (an Expired Trials search at 50,000 accounts, 15,000 of them) instead of deriving the
 * status of all 50,000, and its search compares an array of folded texts instead of looking each up by record.
 * That pass over the whole fleet touched 50,000 records spread over the heap, one cache miss each, and was most of
 * a demo search's time in the Worker (issue 7: about 20 of 29 ms at load 8, a board of its own about 5).
 */
export class BoardIndex {
  private day: IsoDay | null = null;
  private boards = new Map<string, Board>();

  constructor(private readonly fleet: () => readonly AccountRecord[]) {}

  /** The records changed: every board is made again when next read. */
  clear(): void {
    this.day = null;
    this.boards.clear();
  }

  board(mspId: string, status: AccountStatus, today: IsoDay): Board {
    if (this.day !== today) this.make(today);
    return this.boards.get(`${mspId}|${status}`) ?? noBoard;
  }

  /** The board's folded texts, aligned with its records: folded once a record, looked up once a board. */
  searchTexts(board: Board): readonly string[] {
    board.texts ??= board.records.map(searchTextOf);
    return board.texts;
  }

  private make(today: IsoDay): void {
    const records = new Map<string, AccountRecord[]>();
    for (const record of this.fleet()) {
      const key = `${record.mspId}|${deriveStatus(record.plan, record.trialEndsAt, today)}`;
      let board = records.get(key);
      if (!board) records.set(key, (board = []));
      board.push(record);
    }
    this.boards = new Map([...records].map(([key, board]) => [key, { records: board, texts: null }]));
    this.day = today;
  }
}
