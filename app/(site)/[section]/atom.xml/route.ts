import { notFound } from "next/navigation";
import { feedResponse } from "@/lib/feeds/feed-response";
import { getSection } from "@/lib/sections/get-section";

export const dynamic = "force-static";
export const revalidate = 300;

export function generateStaticParams(): Array<{ section: string }> {
  return [];
}

export async function GET(_request: Request, { params }: { params: Promise<{ section: string }> }) {
  const section = await getSection((await params).section);
  if (!section) notFound();
  return feedResponse("atom", section);
}
