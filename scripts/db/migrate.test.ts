import { describe, expect, it } from "vitest";
import { prisma6SchemaFrom, redactUrl } from "./migrate";

describe("prisma6SchemaFrom", () => {
  const schema = `// comment
generator client {
  provider = "prisma-client"
  output   = "../lib/generated/prisma"
}

datasource db {
  provider = "postgresql"
}

model A {
  id String @id
}
`;

  it("adds the url Prisma 6 needs and drops the generator", () => {
    const out = prisma6SchemaFrom(schema);
    expect(out).toMatch(/datasource db \{\n  provider = "postgresql"\n  url      = env\("DATABASE_URL"\)\n\}/);
    expect(out).not.toContain("generator");
    expect(out).toContain("model A {\n  id String @id\n}");
  });

  it("keeps an existing url", () => {
    const withUrl = schema.replace('provider = "postgresql"\n}', 'provider = "postgresql"\n  url = env("X")\n}');
    expect(prisma6SchemaFrom(withUrl).match(/url\s*=/g)).toHaveLength(1);
  });

  it("requires a datasource block", () => {
    expect(() => prisma6SchemaFrom("model A {\n  id String @id\n}\n")).toThrow(/datasource/);
  });
});

describe("redactUrl", () => {
  it("hides the password", () => {
    expect(redactUrl("postgresql://u:secret@h:5432/db")).toBe("postgresql://u:***@h:5432/db");
    expect(redactUrl("postgresql://u@h/db")).toBe("postgresql://u@h/db");
  });
});
