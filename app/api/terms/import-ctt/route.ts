// POST /api/terms/import-ctt, body: an ITC-2007 .ctt file's text -> 201 { termId }.
// A malformed file -> 422 naming the line; an instance imported before -> 409.
import { AppError } from "@/lib/domain/app-error";
import { withAuth } from "@/lib/api/with-auth";
import { importCttTerm } from "@/lib/server/itc/import-ctt-term";

const MAX_CTT_BYTES = 2 * 1024 * 1024;

export const POST = withAuth(
  async (req, { user }) => {
    if (Number(req.headers.get("content-length") ?? "0") > MAX_CTT_BYTES) throw new AppError("UNPROCESSABLE", "The file is larger than 2 MB");
    const bytes = new Uint8Array(await req.arrayBuffer());
    if (bytes.byteLength > MAX_CTT_BYTES) throw new AppError("UNPROCESSABLE", "The file is larger than 2 MB");
    let cttText: string;
    try {
      cttText = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    } catch {
      throw new AppError("UNPROCESSABLE", "The file is not a text file (invalid UTF-8)");
    }
    if (cttText.trim() === "") throw new AppError("UNPROCESSABLE", "The file is empty");
    const { termId } = await importCttTerm({ cttText, actorId: user.id });
    return Response.json({ termId }, { status: 201 });
  },
  { permission: "data.manage" },
);
