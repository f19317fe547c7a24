/**
 * Small built-in name lists (mostly Indian, some international, as on a typical Indian campus) and a
 * helper that turns names into unique e-mail addresses.
 */
import type { Rng } from "./rng";

export const FIRST_NAMES: readonly string[] = [
  "Aarav", "Aditi", "Aditya", "Akash", "Amit", "Ananya", "Anil", "Anita", "Anjali", "Arjun",
  "Aryan", "Bhavna", "Chetan", "Deepa", "Deepak", "Divya", "Gaurav", "Geeta", "Harish", "Isha",
  "Ishaan", "Jaya", "Karan", "Kavya", "Kiran", "Krishna", "Lakshmi", "Madhav", "Meera", "Mohan",
  "Nandini", "Neha", "Nikhil", "Nisha", "Pooja", "Pranav", "Priya", "Rahul", "Rajesh", "Ramya",
  "Ravi", "Rohan", "Sahana", "Sanjay", "Sara", "Shreya", "Siddharth", "Sneha", "Suresh", "Tanvi",
  "Uma", "Varun", "Vidya", "Vikram", "Vishal", "Yash", "Zara", "Farhan", "Ayesha", "Imran",
  "Fatima", "Joseph", "Maria", "Thomas", "Anna", "David", "Grace", "Daniel", "Emma", "Kenji",
  "Mei", "Olga", "Lucas", "Amara", "Tenzin", "Harpreet", "Gurpreet", "Manpreet", "Arvind", "Swati",
];

export const LAST_NAMES: readonly string[] = [
  "Agarwal", "Bhat", "Banerjee", "Chatterjee", "Das", "Desai", "Gupta", "Iyer", "Jain", "Joshi",
  "Kapoor", "Khan", "Kulkarni", "Kumar", "Menon", "Mishra", "Mukherjee", "Nair", "Patel", "Pillai",
  "Rao", "Reddy", "Saxena", "Shah", "Sharma", "Singh", "Sinha", "Srinivasan", "Subramanian", "Verma",
  "Naidu", "Hegde", "Shetty", "Chopra", "Malhotra", "Bose", "Ghosh", "Fernandes", "D'Souza", "Thomas",
  "Varghese", "Qureshi", "Siddiqui", "Gill", "Sandhu", "Murthy", "Prasad", "Krishnan", "Tanaka", "Smith",
];

export interface PersonName {
  first: string;
  last: string;
}

export function randomName(rng: Rng): PersonName {
  return { first: rng.pick(FIRST_NAMES), last: rng.pick(LAST_NAMES) };
}

/** Hands out firstname.lastname@domain, adding 2, 3, ... when the address is taken. */
export class EmailRegistry {
  private readonly taken = new Set<string>();

  constructor(private readonly domain: string) {}

  /** Reserves an exact address (the demo accounts); throws when it is already taken. */
  reserve(email: string): string {
    const lower = email.toLowerCase();
    if (this.taken.has(lower)) throw new Error(`duplicate e-mail ${lower}`);
    this.taken.add(lower);
    return lower;
  }

  forName(name: PersonName): string {
    const base = `${name.first}.${name.last}`.toLowerCase().replace(/[^a-z.]/g, "");
    for (let n = 1; ; n++) {
      const candidate = `${base}${n === 1 ? "" : n}@${this.domain}`;
      if (!this.taken.has(candidate)) return this.reserve(candidate);
    }
  }
}
