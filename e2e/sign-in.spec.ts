import { expect, test } from "@playwright/test";
import { DEMO, type DemoAccount, signIn } from "./fixtures";

test.describe("sign-in", () => {
  for (const account of Object.keys(DEMO) as DemoAccount[]) {
    test(`${account} signs in and lands on their home page`, async ({ page }) => {
      await signIn(page, account);
      await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
    });
  }

  test("a signed-out visit to a protected page goes to /login", async ({ page }) => {
    await page.goto("/admin/generate");
    await expect(page).toHaveURL(/\/login\?callbackUrl=/);
  });

  test("a signed-out API call answers 401", async ({ request }) => {
    const response = await request.get("/api/jobs");
    expect(response.status()).toBe(401);
  });

  test("empty fields are named", async ({ page }) => {
    await page.goto("/login");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByText("Enter your email")).toBeVisible();
    await expect(page.getByText("Enter your password")).toBeVisible();
  });

  test("wrong password and unknown email get a clear message", async ({ page }) => {
    await page.goto("/login");
    await page.getByLabel("Email").fill("nobody@demo.edu");
    await page.getByLabel("Password").fill("whatever1");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByText("Email or password is incorrect")).toBeVisible();

    await page.getByLabel("Email").fill(DEMO.hodEce.email);
    await page.getByLabel("Password").fill("wrong-password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByText("Email or password is incorrect")).toBeVisible();
  });

  test("a faculty member cannot open registrar pages", async ({ page }) => {
    await signIn(page, "faculty");
    const response = await page.goto("/admin/generate");
    // Either a 403 page or a redirect away from the registrar's page.
    const forbidden = response?.status() === 403 || !page.url().includes("/admin/generate");
    expect(forbidden).toBe(true);
    const api = await page.request.get("/api/jobs");
    expect(api.status()).toBe(403);
  });
});
