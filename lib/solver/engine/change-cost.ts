/**
 * Switches a compiled Model into minimal-change mode: each meeting's reference slot and room and
 * the cost of leaving them, from the same definitions as the from-scratch evaluateChange()
 * (../change-cost.ts), so the State's `soft` is evaluate().soft + evaluateChange().cost.
 */
import { DEFAULT_CHANGE_WEIGHTS, meetingChangeCosts, type ChangeCostOptions } from "../change-cost";
import type { Model } from "./model";
import { positionsOf } from "./positions";

export function compileChangeCost(model: Model, options: ChangeCostOptions): void {
  const weights = options.weights ?? DEFAULT_CHANGE_WEIGHTS;
  const { positions } = positionsOf(model, options.reference);
  model.meetRefSlot.set(positions.slot);
  model.meetRefRoom.set(positions.room);
  for (let m = 0; m < model.nMeet; m++) {
    const costs = meetingChangeCosts(model.input.offerings[model.meetOff[m]], weights);
    model.meetMovedCost[m] = costs.moved;
    model.meetRoomCost[m] = costs.roomChanged;
  }
  model.changeOn = true;
}

/** The largest change cost one meeting can add: the search's hard weight must outweigh it. */
export function maxChangeCost(model: Model): number {
  if (!model.changeOn) return 0;
  let max = 0;
  for (let m = 0; m < model.nMeet; m++) max = Math.max(max, model.meetMovedCost[m], model.meetRoomCost[m]);
  return max;
}
