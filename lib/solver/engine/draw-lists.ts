/**
 * What the annealer (anneal.ts) draws its candidates from: the meetings it may change, those that
 * may swap times (by length), and each offering's allowed start slots. Either all of them, or only
 * those on some days, for one thread of a walk split by days (partitioned-walk.ts). Counts, not
 * array lengths, bound the lists: the restricted ones reuse their buffers every round.
 */
import type { Model } from "./model";

export class DrawLists {
  movable: Int32Array;
  movableCount: number;
  /** pools[len]: movable, slot-free meetings of that length. */
  pools: Int32Array[];
  readonly poolCount: Int32Array;
  /** CSR start slots per offering, as model.offSlotStart / offSlotList. */
  slotStart: Int32Array;
  slotList: Int32Array;
  private restricted: { movable: Int32Array; pools: Int32Array[]; slotStart: Int32Array; slotList: Int32Array } | null = null;

  constructor(
    private readonly model: Model,
    private readonly allMovable: Int32Array,
    private readonly allPools: Int32Array[],
  ) {
    this.movable = allMovable;
    this.movableCount = allMovable.length;
    this.pools = allPools;
    this.poolCount = Int32Array.from(allPools, (p) => p.length);
    this.slotStart = model.offSlotStart;
    this.slotList = model.offSlotList;
  }

  /**
   * Keeps the meetings now on slots with ownsSlot[s] = 1 (slot of each meeting in `meetSlot`) and
   * the start slots with it; null lifts the restriction.
   */
  restrictTo(meetSlot: Int32Array, ownsSlot: Uint8Array | null): void {
    const M = this.model;
    if (ownsSlot === null) {
      this.movable = this.allMovable;
      this.movableCount = this.allMovable.length;
      this.pools = this.allPools;
      this.allPools.forEach((p, len) => (this.poolCount[len] = p.length));
      this.slotStart = M.offSlotStart;
      this.slotList = M.offSlotList;
      return;
    }
    const lists = (this.restricted ??= {
      movable: new Int32Array(this.allMovable.length),
      pools: this.allPools.map((p) => new Int32Array(p.length)),
      slotStart: new Int32Array(M.offSlotStart.length),
      slotList: new Int32Array(M.offSlotList.length),
    });
    let n = 0;
    for (const m of this.allMovable) if (ownsSlot[meetSlot[m]]) lists.movable[n++] = m;
    this.movableCount = n;
    this.allPools.forEach((pool, len) => {
      let k = 0;
      for (const m of pool) if (ownsSlot[meetSlot[m]]) lists.pools[len][k++] = m;
      this.poolCount[len] = k;
    });
    let at = 0;
    for (let o = 0; o < M.nOff; o++) {
      lists.slotStart[o] = at;
      for (let i = M.offSlotStart[o]; i < M.offSlotStart[o + 1]; i++) if (ownsSlot[M.offSlotList[i]]) lists.slotList[at++] = M.offSlotList[i];
    }
    lists.slotStart[M.nOff] = at;
    this.movable = lists.movable;
    this.pools = lists.pools;
    this.slotStart = lists.slotStart;
    this.slotList = lists.slotList;
  }
}
