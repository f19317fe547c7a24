import { expect, type Page } from "@playwright/test";

/** Demo accounts loaded by the seed (see README). */
export const DEMO_PASSWORD = "demo1234";
export const DEMO = {
  admin: { email: "admin@demo.edu", home: "/admin" },
  registrar: { email: "registrar@demo.edu", home: "/admin" },
  hodCse: { email: "hod.cse@demo.edu", home: "/hod" },
  hodEce: { email: "hod.ece@demo.edu", home: "/hod" },
  faculty: { email: "faculty@demo.edu", home: "/faculty" },
  student: { email: "student@demo.edu", home: "/student" },
} as const;
export type DemoAccount = keyof typeof DEMO;

/** Signs in through the real login form and waits for the role's home page. */
export async function signIn(page: Page, account: DemoAccount): Promise<void> {
  const { email, home } = DEMO[account];
  // Leave the previous page first: its polling could otherwise hit a protected route after the
  // cookies are cleared and send the login form a callback to that page instead of this role's home.
  await page.goto("about:blank");
  // Start signed out: /login sends a signed-in user straight to their home page.
  await page.context().clearCookies();
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(new RegExp(`${home}(\\?|$|/)`));
}
