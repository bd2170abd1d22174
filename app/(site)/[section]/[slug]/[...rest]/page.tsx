import { notFound } from "next/navigation";

// Deeper paths are never stories; answering here keeps every 404 inside the site's layout.
export default function DeeperPath(): never {
  notFound();
}
