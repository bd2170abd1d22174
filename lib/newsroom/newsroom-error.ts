/** A newsroom request that cannot be done as asked; the message is safe to show to staff. */
export class NewsroomError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "NewsroomError";
  }
}
