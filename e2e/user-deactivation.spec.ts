// An admin deactivates a student on the Users screen: the student's open page is signed out on
// its next navigation (on whichever of the two web processes answers, within SESSION_RECHECK_MS),
// the sign-in form says the account is deactivated, and reactivating lets the student in again.
import { expect, test, type Page } from "@playwright/test";
import pg from "pg";
import { DEMO_PASSWORD, signIn } from "./fixtures";

let db: pg.Client;
const email = `deactivation-e2e-${Date.now()}@demo.edu`;
const name = `Deactivation Student ${Date.now()}`;

test.beforeAll(async () => {
  db = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await db.connect();
  // A student of their own (the demo password's hash copied), so a failure cannot leave the demo
  // student locked out for the other specs.
  await db.query(
    `INSERT INTO "User" (id, email, name, "passwordHash", role, "updatedAt")
     SELECT 'de2e' || md5(random()::text), $1, $2, "passwordHash", 'STUDENT', now() FROM "User" WHERE email = 'student@demo.edu'`,
    [email, name],
  );
});
test.afterAll(async () => {
  await db.query(`DELETE FROM "User" WHERE email = $1`, [email]);
  await db.end();
});

async function signInAsTheStudent(page: Page): Promise<void> {
  // /login sends a signed-in visitor home: right after the deactivation, the web process that did
  // not end the session may still hold it (up to SESSION_RECHECK_MS) and answer with /student.
  await expect(async () => {
    await page.goto("/login");
    await expect(page.getByLabel("Email")).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 30_000, intervals: [1_000] });
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
}

test("an admin deactivates a student, who is signed out and refused, then reactivates them", async ({ browser }) => {
  const studentContext = await browser.newContext();
  const student = await studentContext.newPage();
  await signInAsTheStudent(student);
  await expect(student).toHaveURL(/\/student(\?|$)/);

  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await signIn(admin, "admin");
  await admin.getByRole("link", { name: "Users", exact: true }).click();
  await admin.getByLabel("Search users").fill(email);
  await admin.getByRole("button", { name: "Search", exact: true }).click();
  const row = admin.getByRole("row").filter({ hasText: email });
  await expect(row).toContainText("Active");
  await row.getByRole("button", { name: `Deactivate ${name}` }).click();
  await expect(row.getByRole("status")).toHaveText("Deactivated; 1 session ended");
  await expect(row).toContainText("Deactivated");
  await expect(row.getByRole("button", { name: `Reactivate ${name}` })).toBeVisible();

  // The student's next navigation: refused at once by the process that ended the session, within
  // SESSION_RECHECK_MS by the other one (which may still hold the session in its cache).
  await expect(async () => {
    await student.goto("/student");
    expect(new URL(student.url()).pathname).toBe("/login");
  }).toPass({ timeout: 30_000, intervals: [1_000] });

  await signInAsTheStudent(student);
  await expect(student.getByText("This account has been deactivated; ask an administrator to reactivate it")).toBeVisible();
  await expect(student).toHaveURL(/\/login/);

  await row.getByRole("button", { name: `Reactivate ${name}` }).click();
  await expect(row.getByRole("status")).toHaveText("Reactivated");
  await expect(row.getByRole("button", { name: `Deactivate ${name}` })).toBeVisible();

  await signInAsTheStudent(student);
  await expect(student).toHaveURL(/\/student(\?|$)/);
  await expect(student.getByText("This account has been deactivated")).toHaveCount(0);

  // The audit log names both changes.
  await admin.goto("/admin/audit?entity=User");
  await expect(admin.getByRole("row").filter({ hasText: "update" })).not.toHaveCount(0);

  await studentContext.close();
  await adminContext.close();
});

test("an admin cannot deactivate their own account, and others cannot reach the Users screen", async ({ page }) => {
  await signIn(page, "admin");
  await page.goto(`/admin/users?q=${encodeURIComponent("admin@demo.edu")}`);
  const own = page.getByRole("row").filter({ hasText: "admin@demo.edu" });
  await expect(own.getByRole("button", { name: /^Deactivate / })).toBeDisabled();
  const { rows } = await db.query(`SELECT id FROM "User" WHERE email = 'admin@demo.edu'`);
  const refused = await page.request.post(`/api/users/${rows[0].id}/deactivation`);
  expect(refused.status()).toBe(409);
  expect(await refused.json()).toEqual({ error: "You cannot deactivate your own account" });

  await signIn(page, "registrar");
  const response = await page.goto("/admin/users");
  expect(response?.status()).toBe(403);
  const asRegistrar = await page.request.post(`/api/users/${rows[0].id}/deactivation`);
  expect(asRegistrar.status()).toBe(403);
});
