/** What a story's social card shows. */
export type StoryCardText = { siteName: string; section: string; headline: string; dateline: string };

/** The story's social card for ImageResponse: masthead, section, headline and dateline on the site's paper. */
export function StoryCard({ siteName, section, headline, dateline }: StoryCardText) {
  const long = headline.length > 90;
  return (
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
        <span style={{ fontWeight: 700 }}>{siteName}</span>
        <span style={{ color: "#a4161a", textTransform: "uppercase", letterSpacing: 4 }}>{section}</span>
      </div>
      <div style={{ display: "flex", fontSize: long ? 56 : 72, lineHeight: 1.1, fontWeight: 700 }}>
        {headline}
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
        {dateline}
      </div>
    </div>
  );
}
