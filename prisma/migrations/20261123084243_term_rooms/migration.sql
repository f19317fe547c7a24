-- CreateTable
CREATE TABLE "TermRoom" (
    "termId" TEXT NOT NULL,
    "roomId" TEXT NOT NULL,

    CONSTRAINT "TermRoom_pkey" PRIMARY KEY ("termId","roomId")
);

-- CreateIndex
CREATE INDEX "TermRoom_roomId_idx" ON "TermRoom"("roomId");

-- AddForeignKey
ALTER TABLE "TermRoom" ADD CONSTRAINT "TermRoom_termId_fkey" FOREIGN KEY ("termId") REFERENCES "Term"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TermRoom" ADD CONSTRAINT "TermRoom_roomId_fkey" FOREIGN KEY ("roomId") REFERENCES "Room"("id") ON DELETE CASCADE ON UPDATE CASCADE;
