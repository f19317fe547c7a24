-- AlterTable
ALTER TABLE "Timetable" ADD COLUMN     "softUnits" JSONB;
