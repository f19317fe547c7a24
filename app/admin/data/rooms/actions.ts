"use server";

import { dataAction } from "@/lib/server/data/data-action";
import { deleteRoom } from "@/lib/server/data/delete-room";
import { saveRoom } from "@/lib/server/data/save-room";
import { saveRoomAvailability } from "@/lib/server/data/save-room-availability";
import { getCurrentTerm } from "@/lib/server/terms/current-term";
import { ZAvailabilityInputSchema } from "@/lib/validation/availability";
import { ZRoomInputSchema } from "@/lib/validation/room";
import { z } from "zod";

const PATHS = ["/admin/data/rooms", "/admin/data"];

export async function saveRoomAction(input: unknown) {
  return dataAction({ schema: ZRoomInputSchema, input, run: async (data, user) => saveRoom({ input: data, actorId: user.id, termId: (await getCurrentTerm()).term?.id }), revalidate: PATHS });
}

export async function deleteRoomAction(id: string) {
  return dataAction({ schema: z.string().min(1), input: id, run: (roomId, user) => deleteRoom({ id: roomId, actorId: user.id }), revalidate: PATHS });
}

export async function saveRoomAvailabilityAction(input: unknown) {
  return dataAction({ schema: ZAvailabilityInputSchema, input, run: (data, user) => saveRoomAvailability({ input: data, actorId: user.id }) });
}
