import "server-only";
import path from "node:path";
import { env } from "../env";
import { diskMediaStore } from "./media-store";

/** The app's photographs, on local disk under MEDIA_DIR (see ADR 17 for several instances). */
export const mediaStore = diskMediaStore(path.resolve(env.MEDIA_DIR));
