import { ImageResponse } from "next/og";
import { env } from "@/lib/env";

export const dynamic = "force-static";

/** The publisher logo for structured data: the masthead as a 600×60 wordmark. */
export function GET(): ImageResponse {
  return new ImageResponse(
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        alignItems: "center",
        justifyContent: "center",
        background: "#fdfcf8",
        color: "#1a1a1a",
        fontSize: 44,
        fontWeight: 700,
      }}
    >
      {env.SITE_NAME}
    </div>,
    { width: 600, height: 60 },
  );
}
