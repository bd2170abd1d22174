import { sectionFeedResponse } from "@/lib/data/reader";

export const dynamic = "force-static";
export const revalidate = 300;

export function generateStaticParams(): Array<{ section: string }> {
  return [];
}

export async function GET(_request: Request, { params }: { params: Promise<{ section: string }> }) {
  return sectionFeedResponse("atom", (await params).section);
}
