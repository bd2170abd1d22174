import type { Metadata } from "next";
import { CommentQueue } from "@/components/admin/CommentQueue";
import { Notice } from "@/components/admin/Notice";
import { Pagination } from "@/components/ui/Pagination";
import { QueueTabs } from "@/components/admin/QueueTabs";
import { staffForPage } from "@/lib/auth/staff-page";
import { formatShortDateTime } from "@/lib/dates/format-date";
import { env } from "@/lib/env";
import { isQueueTab } from "@/lib/newsroom/comment-queue";
import { isModerationAction } from "@/lib/newsroom/moderation-actions";
import { moderationNotice, unreadNotice } from "@/lib/newsroom/moderation-notices";
import { queueProblem } from "@/lib/newsroom/moderation-form";
import { countParam, pageParam } from "@/lib/validation/query-params";
import { moderateAction } from "./actions";
import { listCommentQueue } from "@/lib/data/newsroom";

export const metadata: Metadata = { title: "Comments" };

type Params = {
  status?: string;
  page?: string;
  done?: string;
  count?: string;
  unread?: string;
  problem?: string;
};

export default async function CommentsQueuePage({ searchParams }: { searchParams: Promise<Params> }) {
  const params = await searchParams;
  const staff = await staffForPage("comments", "/admin/comments");
  const status = isQueueTab(params.status) ? params.status : "pending";
  const page = pageParam(params.page);
  const queue = await listCommentQueue(staff, { status, page });
  const notice = isModerationAction(params.done)
    ? moderationNotice(params.done, countParam(params.count))
    : undefined;
  const problem = queueProblem(params.problem) ?? unreadNotice(countParam(params.unread));
  return (
    <>
      <h1 className="text-3xl font-bold">Comments</h1>
      <Notice message={notice} />
      <Notice message={problem} tone="problem" />
      <QueueTabs current={status} counts={queue.counts} />
      <CommentQueue
        tab={status}
        comments={queue.comments}
        action={moderateAction}
        formatTime={(date) => formatShortDateTime(date, env.SITE_TIMEZONE)}
        readAt={queue.readAt}
      />
      <Pagination
        previous="Previous page"
        next="Next page"
        page={page}
        pageCount={queue.pageCount}
        hrefFor={(n) => `/admin/comments?status=${status}&page=${n}`}
      />
    </>
  );
}
