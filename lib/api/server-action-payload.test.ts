import { describe, expect, it } from "vitest";
import { serverActionPayloadProblem } from "./server-action-payload";

const action = (body: string, type = "text/plain;charset=UTF-8") =>
  new Request("http://localhost/admin/data/rooms", { method: "POST", body, headers: { "Next-Action": "abc", "Content-Type": type } });

describe("serverActionPayloadProblem", () => {
  it("accepts what React sends: the arguments as a JSON array", async () => {
    expect(await serverActionPayloadProblem(action(JSON.stringify([{ code: "LH-1", capacity: "40" }])))).toBeNull();
    expect(await serverActionPayloadProblem(action("[]"))).toBeNull();
  });

  it("refuses what Next would answer with a 500", async () => {
    expect(await serverActionPayloadProblem(action("[{"))).toEqual({ status: 400, message: "The request body is not valid JSON" });
    expect(await serverActionPayloadProblem(action(""))).toEqual({ status: 400, message: "The request body is not valid JSON" });
    expect(await serverActionPayloadProblem(action('{"a":1}'))).toEqual({ status: 400, message: "The request body must be the action's arguments" });
    expect((await serverActionPayloadProblem(action(JSON.stringify(["x".repeat(1_100_000)]))))?.status).toBe(413);
    expect((await serverActionPayloadProblem(action("--x\r\njunk\r\n--x--", "multipart/form-data; boundary=x")))?.status).toBe(400);
    expect((await serverActionPayloadProblem(action("[]", "application/xml")))?.status).toBe(415);
  });

  it("refuses a NUL in any argument, naming where", async () => {
    expect(await serverActionPayloadProblem(action(JSON.stringify([{ name: "a\u0000" }])))).toEqual({ status: 400, message: "0.name: must not contain control characters" });
    const form = new FormData();
    form.set("termId", "t\u0000");
    const multipart = new Request("http://localhost/admin/data", { method: "POST", body: form, headers: { "Next-Action": "abc" } });
    expect(await serverActionPayloadProblem(multipart)).toEqual({ status: 400, message: "termId: must not contain control characters" });
  });
});
