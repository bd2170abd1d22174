import { ImageResponse } from "next/og";
import { notFound } from "next/navigation";
import { formatDateline } from "@/lib/articles/dateline";
import { env } from "@/lib/env";
import { getStory } from "@/lib/data/reader";

export const size = { width: 1200, height: 630 };
export const contentType = "image/png";
export const alt = `A story on ${env.SITE_NAME}`;
export const revalidate = 3600;

export function generateStaticParams(): Array<{ section: string; slug: string }> {
  return [];
}

/** The story's social card: masthead, section, headline and dateline on the site's paper. */
export default async function StoryImage({ params }: { params: Promise<{ section: string; slug: string }> }) {
  const story = await getStory((await params).slug);
  if (!story) notFound();
  const long = story.headline.length > 90;
  return new ImageResponse(
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        justifyContent: "space-between",
        background: "#fdfcf8",
        color: "#1a1a1a",
        padding: "64px 80px",
        borderTop: "16px solid #a4161a",
      }}
    >
      <div style={{ display: "flex", justifyContent: "space-between", fontSize: 30 }}>
        <span style={{ fontWeight: 700 }}>{env.SITE_NAME}</span>
        <span style={{ color: "#a4161a", textTransform: "uppercase", letterSpacing: 4 }}>
          {story.section.name}
        </span>
      </div>
      <div style={{ display: "flex", fontSize: long ? 56 : 72, lineHeight: 1.1, fontWeight: 700 }}>
        {story.headline}
      </div>
      <div
        style={{
          display: "flex",
          fontSize: 30,
          textTransform: "uppercase",
          letterSpacing: 3,
          color: "#555049",
        }}
      >
        {formatDateline(story)}
      </div>
    </div>,
    size,
  );
}
