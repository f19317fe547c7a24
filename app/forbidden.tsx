import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";

// Rendered with status 403 when requirePageUser calls forbidden() (experimental.authInterrupts).
export default function Forbidden() {
  return (
    <>
      <PageHeader title="You do not have access to this page" description="Your role does not include this part of Timetabler." />
      <p>
        <Link href="/">Go to your home page</Link>
      </p>
    </>
  );
}
