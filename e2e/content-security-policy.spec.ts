// Every page carries a nonce-based Content-Security-Policy (proxy.ts): a fresh nonce per request on
// every script Next renders, and a browser that refuses script the page did not send, here the
// classic injected `<img onerror>`. That the app's own pages run under it is checked on every page
// of e2e/accessibility.spec.ts (no console report of a refusal) and by the clicking in the others.
import { expect, test } from "@playwright/test";
import { signIn } from "./fixtures";

function nonceOf(policy: string | undefined): string {
  const match = /script-src 'self' 'nonce-([^']+)' 'strict-dynamic'/.exec(policy ?? "");
  expect(match, `a nonce in ${policy}`).not.toBeNull();
  return match![1];
}

test("each page response has its own nonce, carried by every script of the page", async ({ request }) => {
  const [first, second] = [await request.get("/login"), await request.get("/login")];
  const [nonce, otherNonce] = [nonceOf(first.headers()["content-security-policy"]), nonceOf(second.headers()["content-security-policy"])];
  expect(nonce).not.toBe(otherNonce);
  const html = await first.text();
  const scripts = html.match(/<script\b[^>]*>/g) ?? [];
  expect(scripts.length).toBeGreaterThan(0);
  expect(scripts.filter((tag) => !tag.includes(`nonce="${nonce}"`))).toEqual([]);
  expect(first.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
});

test("route handlers answer under a policy that allows nothing, signed in or not", async ({ request }) => {
  for (const path of ["/api/health", "/api/terms"]) {
    const response = await request.get(path);
    expect(response.headers()["content-security-policy"], path).toBe("default-src 'none'; frame-ancestors 'none'");
  }
  // A refusal from the proxy itself (a control character in the URL) is an API answer too.
  const refused = await request.get("/api/terms?name=a%00b");
  expect(refused.status()).toBe(400);
  expect(refused.headers()["content-security-policy"]).toBe("default-src 'none'; frame-ancestors 'none'");
});

test("a script injected into a signed-in page is refused, and the page keeps working", async ({ page }) => {
  const refused: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) refused.push(message.text());
  });
  await signIn(page, "registrar");
  await page.evaluate(() => {
    const div = document.createElement("div");
    div.innerHTML = `<img src="/no-such-image.png" onerror="document.title = 'injected'">`;
    document.body.appendChild(div);
  });
  await expect.poll(() => refused.length).toBeGreaterThan(0);
  expect(await page.title()).not.toBe("injected");
  // Client-side navigation and the app's own scripts still run.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Jobs", exact: true }).click();
  await expect(page).toHaveURL(/\/admin\/jobs$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});
