/**
 * Published UD2 results for the 14 public ITC-2007 track 3 instances, kept in one place for the
 * benchmark table. Copied from ../shared/bench/itc2007/README.md:
 * - bestKnown: best known solution at any time (Bellio et al. 2016; Kiefer et al. 2017; comp12 may be 294).
 * - winnerBestOf10 / winnerBestOf100: T. Müller's ITC-2007 winning solver at the competition time limit,
 *   best single run of 10 / of 100 (Annals of OR 172 (2009), Table 4). Best runs, not typical runs.
 */
export interface ReferenceResult {
  bestKnown: number;
  winnerBestOf10: number;
  winnerBestOf100: number;
}

export const ITC2007_REFERENCE: Readonly<Record<string, ReferenceResult>> = {
  comp01: { bestKnown: 5, winnerBestOf10: 5, winnerBestOf100: 5 },
  comp02: { bestKnown: 24, winnerBestOf10: 51, winnerBestOf100: 43 },
  comp03: { bestKnown: 66, winnerBestOf10: 84, winnerBestOf100: 72 },
  comp04: { bestKnown: 35, winnerBestOf10: 37, winnerBestOf100: 35 },
  comp05: { bestKnown: 284, winnerBestOf10: 330, winnerBestOf100: 298 },
  comp06: { bestKnown: 27, winnerBestOf10: 48, winnerBestOf100: 41 },
  comp07: { bestKnown: 6, winnerBestOf10: 20, winnerBestOf100: 14 },
  comp08: { bestKnown: 37, winnerBestOf10: 41, winnerBestOf100: 39 },
  comp09: { bestKnown: 96, winnerBestOf10: 109, winnerBestOf100: 103 },
  comp10: { bestKnown: 4, winnerBestOf10: 16, winnerBestOf100: 9 },
  comp11: { bestKnown: 0, winnerBestOf10: 0, winnerBestOf100: 0 },
  comp12: { bestKnown: 298, winnerBestOf10: 333, winnerBestOf100: 331 },
  comp13: { bestKnown: 59, winnerBestOf10: 66, winnerBestOf100: 66 },
  comp14: { bestKnown: 51, winnerBestOf10: 59, winnerBestOf100: 53 },
};

/** The competition time limit on this machine kind, in seconds (README: converted by the competition's benchmark program). */
export const ITC2007_TIME_LIMIT_SECONDS = 96;
