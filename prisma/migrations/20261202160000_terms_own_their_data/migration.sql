-- Terms own their data (issue 14).

-- A department that exists for one term only (an imported ITC-2007 instance).
ALTER TABLE "Department" ADD COLUMN "termId" TEXT;
ALTER TABLE "Department" ADD CONSTRAINT "Department_termId_fkey" FOREIGN KEY ("termId") REFERENCES "Term"("id") ON DELETE SET NULL ON UPDATE CASCADE;
CREATE INDEX "Department_termId_idx" ON "Department"("termId");

-- Until now a term that listed no rooms used every room. From now on a term uses exactly the rooms
-- it lists, so list for each such term the rooms it used: every room that no other term claims as
-- its own (an imported instance's rooms are listed by that instance's term, and were only ever
-- reachable from the other terms by the bug this fixes).
INSERT INTO "TermRoom" ("termId", "roomId")
SELECT t."id", r."id"
FROM "Term" t
CROSS JOIN "Room" r
WHERE NOT EXISTS (SELECT 1 FROM "TermRoom" own WHERE own."termId" = t."id")
  AND NOT EXISTS (SELECT 1 FROM "TermRoom" other WHERE other."roomId" = r."id");

-- An imported ITC-2007 department whose offerings all belong to one term belongs to that term.
UPDATE "Department" d
SET "termId" = only_term."termId"
FROM (
  SELECT s."departmentId", MIN(o."termId") AS "termId"
  FROM "Offering" o JOIN "Subject" s ON s."id" = o."subjectId"
  GROUP BY s."departmentId"
  HAVING COUNT(DISTINCT o."termId") = 1
) only_term
WHERE d."id" = only_term."departmentId" AND d."code" = 'ITC';
