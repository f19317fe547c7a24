import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";

export default function NotFound() {
  return (
    <>
      <PageHeader title="Page not found" description="The address may be mistyped, or the page has moved." />
      <p>
        <Link href="/">Go to your home page</Link>
      </p>
    </>
  );
}
