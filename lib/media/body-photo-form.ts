import { z } from "zod";
import { recordId } from "../validation/record-id";
import { storyPhotoPost } from "./story-photo-form";

/** Which of the story's body photographs: empty for a new one. */
const photoNumber = z.union([z.literal("").transform(() => null), recordId]);

/** A body photograph's form: the lead photograph's fields, and its number when it exists. */
export const bodyPhotoPost = storyPhotoPost.extend({ number: photoNumber });
export type BodyPhotoPost = z.output<typeof bodyPhotoPost>;

export const removeBodyPhotoPost = z.object({ storyId: recordId, number: recordId });
