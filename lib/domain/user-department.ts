/** The department a signed-in user belongs to, as the page header names it. Types only. */
export type UserDepartment = { id: string; code: string; name: string };
