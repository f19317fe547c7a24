/** The data screens, in the order a registrar usually fills them in. */
export const DATA_SECTIONS = [
  { href: "/admin/data", label: "Overview" },
  { href: "/admin/data/terms", label: "Terms" },
  { href: "/admin/data/departments", label: "Departments" },
  { href: "/admin/data/rooms", label: "Rooms" },
  { href: "/admin/data/faculty", label: "Faculty" },
  { href: "/admin/data/subjects", label: "Subjects" },
  { href: "/admin/data/batches", label: "Batches" },
  { href: "/admin/data/offerings", label: "Offerings" },
  { href: "/admin/data/students", label: "Students" },
  { href: "/admin/data/fixed-slots", label: "Fixed slots" },
  { href: "/admin/data/weight-profiles", label: "Weight profiles" },
  { href: "/admin/data/import", label: "CSV import" },
  { href: "/admin/data/import-ctt", label: "ITC-2007 import" },
] as const;
