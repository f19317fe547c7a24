/**
 * What the demo university teaches: its weekly grid, departments, sections, rooms and, per
 * department and semester, the courses every section takes. Pure constants; demo-university.ts
 * turns them into rows.
 */

/** 8 periods Mon-Sat. Breaks 10:40-11:00 and 12:40-13:40; the afternoon is one 4-period run so 3-period labs fit. */
export const GRID_PERIODS: readonly { start: string; end: string }[] = [
  { start: "09:00", end: "09:50" },
  { start: "09:50", end: "10:40" },
  { start: "11:00", end: "11:50" },
  { start: "11:50", end: "12:40" },
  { start: "13:40", end: "14:30" },
  { start: "14:30", end: "15:20" },
  { start: "15:20", end: "16:10" },
  { start: "16:10", end: "17:00" },
];
export const WORKING_DAYS: readonly number[] = [1, 2, 3, 4, 5, 6];

export const SERVICE_DEPARTMENT = "SH";

export interface DepartmentSpec {
  code: string;
  name: string;
  building: string;
  /** Sections per year; "A" and "B" of a year share combined lectures. */
  sections: number;
  faculty: number;
  /** Capacities of the department's labs. */
  labs: number[];
}

export const DEPARTMENTS: readonly DepartmentSpec[] = [
  { code: "CSE", name: "Computer Science and Engineering", building: "Turing Block", sections: 3, faculty: 32, labs: [70, 70, 66, 60, 36] },
  { code: "ECE", name: "Electronics and Communication Engineering", building: "Bose Block", sections: 3, faculty: 30, labs: [70, 70, 66, 60] },
  { code: "ME", name: "Mechanical Engineering", building: "Visvesvaraya Block", sections: 2, faculty: 24, labs: [66, 66, 60] },
  { code: "CE", name: "Civil Engineering", building: "Visvesvaraya Block", sections: 2, faculty: 24, labs: [66, 66, 60] },
  { code: "SH", name: "Science and Humanities", building: "Raman Block", sections: 0, faculty: 20, labs: [70, 70] },
];

/** Odd semester: years 1-4 are in semesters 1, 3, 5, 7. */
export const SEMESTERS: readonly number[] = [1, 3, 5, 7];

export type CourseKind = "theory" | "lab" | "seminar";

export interface CourseSpec {
  code: string;
  name: string;
  credits: number;
  kind: CourseKind;
  /** Meetings per week (theory 2-4, labs and seminars 1). */
  meetings: number;
  /** Periods per meeting. */
  length: number;
  /** Taught by this department instead of the section's own (first-year maths, physics...). */
  taughtBy?: string;
  /** Sections A and B attend one combined meeting. */
  combined?: boolean;
  /** Other sections of the department may take it as an extra. */
  elective?: boolean;
}

const theory = (code: string, name: string, meetings: number, extra: Partial<CourseSpec> = {}): CourseSpec => ({
  code, name, credits: meetings, kind: "theory", meetings, length: 1, ...extra,
});
const lab = (code: string, name: string, length: number, extra: Partial<CourseSpec> = {}): CourseSpec => ({
  code, name, credits: length === 3 ? 2 : 1, kind: "lab", meetings: 1, length, ...extra,
});
const seminar = (code: string, name: string): CourseSpec => ({ code, name, credits: 1, kind: "seminar", meetings: 1, length: 2 });
const sh = { taughtBy: SERVICE_DEPARTMENT };

const FIRST_YEAR_SERVICE: CourseSpec[] = [
  theory("MA101", "Engineering Mathematics I", 4, sh),
  theory("PH101", "Engineering Physics", 3, sh),
  theory("HS101", "Technical English", 3, sh),
  theory("EV101", "Environmental Science", 2, { ...sh, combined: true }),
  lab("PH102L", "Engineering Physics Lab", 2, sh),
];
const HUMAN_VALUES = theory("HS201", "Universal Human Values", 2, sh);
const ETHICS = theory("HS301", "Professional Ethics", 2, sh);
const STATISTICS = theory("MA201", "Probability and Statistics", 4, sh);
const NUMERICAL = theory("MA202", "Numerical Methods", 4, sh);

type Curriculum = Record<number, CourseSpec[]>;

/** Department courses per semester; the service courses are added by curriculumOf(). */
const DEPARTMENT_COURSES: Record<string, Curriculum> = {
  CSE: {
    1: [theory("CS101", "Problem Solving with C", 4), theory("CS102", "Basic Electrical Engineering", 3), lab("CS103L", "C Programming Lab", 3)],
    3: [theory("CS201", "Data Structures", 4), theory("CS202", "Discrete Mathematics", 3), theory("CS203", "Digital Logic Design", 3),
      theory("CS204", "Object-Oriented Programming", 3), lab("CS205L", "Data Structures Lab", 3), lab("CS206L", "Digital Logic Lab", 2)],
    5: [theory("CS301", "Operating Systems", 4), theory("CS302", "Database Management Systems", 4), theory("CS303", "Computer Networks", 3),
      theory("CS304", "Theory of Computation", 3), theory("CS305", "Software Engineering", 3),
      theory("CS306", "Professional Elective I: Machine Learning", 3, { elective: true }),
      lab("CS307L", "Operating Systems Lab", 3), lab("CS308L", "DBMS Lab", 2)],
    7: [theory("CS401", "Compiler Design", 3), theory("CS402", "Cloud Computing", 3), theory("CS403", "Cryptography and Network Security", 3),
      theory("CS404", "Distributed Systems", 3), theory("CS405", "Professional Elective III: Deep Learning", 3, { elective: true }),
      theory("CS406", "Open Elective: Entrepreneurship", 3, { combined: true }), lab("CS407L", "Project Work", 3), seminar("CS408S", "Technical Seminar")],
  },
  ECE: {
    1: [theory("EC101", "Basic Electronics", 4), theory("EC102", "Engineering Graphics", 3), lab("EC103L", "Electronics Workshop", 3)],
    3: [theory("EC201", "Network Analysis", 4), theory("EC202", "Signals and Systems", 3), theory("EC203", "Electronic Devices", 3),
      theory("EC204", "Digital Electronics", 3), lab("EC205L", "Electronic Devices Lab", 3), lab("EC206L", "Digital Electronics Lab", 2)],
    5: [theory("EC301", "Analog Communication", 4), theory("EC302", "Microprocessors and Microcontrollers", 4), theory("EC303", "Control Systems", 3),
      theory("EC304", "Electromagnetic Fields", 3), theory("EC305", "Linear Integrated Circuits", 3),
      theory("EC306", "Professional Elective I: Embedded Systems", 3, { elective: true }),
      lab("EC307L", "Microprocessors Lab", 3), lab("EC308L", "Communication Lab", 2)],
    7: [theory("EC401", "VLSI Design", 3), theory("EC402", "Wireless Communication", 3), theory("EC403", "Optical Communication", 3),
      theory("EC404", "Digital Signal Processing", 3), theory("EC405", "Professional Elective III: Internet of Things", 3, { elective: true }),
      theory("EC406", "Open Elective: Project Management", 3, { combined: true }), lab("EC407L", "Project Work", 3), seminar("EC408S", "Technical Seminar")],
  },
  ME: {
    1: [theory("ME101", "Engineering Graphics and Design", 4), theory("ME102", "Engineering Mechanics", 3), lab("ME103L", "Workshop Practice", 3)],
    3: [theory("ME201", "Thermodynamics", 4), theory("ME202", "Strength of Materials", 3), theory("ME203", "Fluid Mechanics", 3),
      theory("ME204", "Manufacturing Processes", 3), lab("ME205L", "Fluid Mechanics Lab", 3), lab("ME206L", "Machine Drawing Lab", 2)],
    5: [theory("ME301", "Heat Transfer", 4), theory("ME302", "Dynamics of Machinery", 4), theory("ME303", "Design of Machine Elements", 3),
      theory("ME304", "Metrology and Measurements", 3), theory("ME305", "Internal Combustion Engines", 3),
      theory("ME306", "Professional Elective I: Robotics", 3, { elective: true }),
      lab("ME307L", "Heat Transfer Lab", 3), lab("ME308L", "Metrology Lab", 2)],
    7: [theory("ME401", "Finite Element Analysis", 3), theory("ME402", "Automobile Engineering", 3), theory("ME403", "Operations Research", 3),
      theory("ME404", "Mechatronics", 3), theory("ME405", "Professional Elective III: Additive Manufacturing", 3, { elective: true }),
      theory("ME406", "Open Elective: Industrial Safety", 3, { combined: true }), lab("ME407L", "Project Work", 3), seminar("ME408S", "Technical Seminar")],
  },
  CE: {
    1: [theory("CE101", "Building Materials", 4), theory("CE102", "Surveying I", 3), lab("CE103L", "Surveying Practice", 3)],
    3: [theory("CE201", "Structural Analysis I", 4), theory("CE202", "Hydraulics", 3), theory("CE203", "Engineering Geology", 3),
      theory("CE204", "Surveying II", 3), lab("CE205L", "Materials Testing Lab", 3), lab("CE206L", "Computer-Aided Drafting Lab", 2)],
    5: [theory("CE301", "Design of RC Structures", 4), theory("CE302", "Geotechnical Engineering", 4), theory("CE303", "Transportation Engineering", 3),
      theory("CE304", "Hydrology", 3), theory("CE305", "Structural Analysis II", 3),
      theory("CE306", "Professional Elective I: Remote Sensing and GIS", 3, { elective: true }),
      lab("CE307L", "Soil Mechanics Lab", 3), lab("CE308L", "Highway Materials Lab", 2)],
    7: [theory("CE401", "Design of Steel Structures", 3), theory("CE402", "Estimation and Costing", 3), theory("CE403", "Environmental Engineering", 3),
      theory("CE404", "Construction Management", 3), theory("CE405", "Professional Elective III: Earthquake Engineering", 3, { elective: true }),
      theory("CE406", "Open Elective: Disaster Management", 3, { combined: true }), lab("CE407L", "Project Work", 3), seminar("CE408S", "Technical Seminar")],
  },
};

/** Every course a section of `departmentCode` takes in `semester`, service courses first. */
export function curriculumOf(departmentCode: string, semester: number): CourseSpec[] {
  const own = DEPARTMENT_COURSES[departmentCode]?.[semester] ?? [];
  const computing = departmentCode === "CSE" || departmentCode === "ECE";
  const service: Record<number, CourseSpec[]> = {
    1: FIRST_YEAR_SERVICE,
    3: [computing ? STATISTICS : NUMERICAL, HUMAN_VALUES],
    5: [ETHICS],
    7: [],
  };
  return [...(service[semester] ?? []), ...own];
}

/** Lecture halls and seminar rooms, shared by all departments. */
export const LECTURE_HALLS: readonly { building: string; capacities: number[] }[] = [
  { building: "Central Lecture Complex", capacities: [120, 120, 120, 96, 96, 96, 90, 90] },
  { building: "Turing Block", capacities: [72, 72, 72, 72, 66, 66] },
  { building: "Bose Block", capacities: [72, 72, 72, 66, 66] },
  { building: "Visvesvaraya Block", capacities: [72, 72, 66, 60, 60] },
];
export const SEMINAR_ROOMS: readonly { building: string; capacity: number }[] = [
  { building: "Central Lecture Complex", capacity: 40 },
  { building: "Central Lecture Complex", capacity: 40 },
  { building: "Turing Block", capacity: 36 },
  { building: "Bose Block", capacity: 36 },
  { building: "Visvesvaraya Block", capacity: 30 },
];

export const FACULTY_TITLES: readonly string[] = ["Prof", "Dr", "Dr", "Dr", "Mr", "Ms"];
