const h2 = "mt-10 mb-3 font-sans text-2xl font-bold";
const p = "mb-4";
const ul = "mb-4 list-disc space-y-2 pl-6";

/**
 * What the site stores about a reader, why and for how long, written from what the code does:
 * a change to what is stored changes this page in the same commit.
 */
export function PrivacyPage({ siteName, retentionDays }: { siteName: string; retentionDays: number }) {
  const days = `${retentionDays} ${retentionDays === 1 ? "day" : "days"}`;
  return (
    <article className="mx-auto max-w-[40rem] text-lg leading-relaxed">
      <h1 className="mb-6 font-sans text-4xl font-bold">Privacy</h1>
      <p className={p}>
        You can read {siteName} without telling us anything: reading sets no cookies and runs no trackers or
        advertising. This page says what we keep when you write to us, why, and for how long.
      </p>

      <h2 className={h2}>When you leave a comment</h2>
      <ul className={ul}>
        <li>
          <strong>Your name, your website and your comment</strong> are published with the story once a
          moderator or our rules approve the comment, and stay while the story does.
        </li>
        <li>
          <strong>Your email address</strong> is never published. Moderators see it, and we use it to
          recognise someone whose comments were approved before, so their next comment appears at once.
        </li>
        <li>
          <strong>Your IP address</strong> is kept for {days} so moderators can deal with floods and abuse,
          then erased. We do not store your browser&rsquo;s user agent.
        </li>
        <li>
          Why a comment was held (for example &ldquo;first comment&rdquo;) is kept with it, so a moderator can
          see how it was decided.
        </li>
        <li>
          The newsroom may be emailed about a new comment, with your name, email and IP address; our copy of
          that email is deleted after {days}.
        </li>
        <li>
          Posting a comment gives your browser one cookie that lets it correct that comment; it expires after
          10 minutes. A corrected comment is marked as edited.
        </li>
        <li>
          If you ask to be emailed replies, we send your address one email with a link to confirm, and keep
          your address, whether you confirmed and when, until you ask us to erase it, so that we never email
          it without your confirmation; if you never confirm, we delete it after {days}. Each reply email has
          a link to stop them; our copies of these emails are deleted after {days}.
        </li>
      </ul>

      <h2 className={h2}>When you report a comment</h2>
      <p className={p}>
        We keep the reason you chose and any note you wrote, for the moderators. So that each reader can
        report a comment once, we keep, instead of your IP address, a fingerprint of your connection and that
        comment made with a secret key on our servers. Reports are deleted when a moderator deals with the
        comment, and after {days} at most. The comment&rsquo;s author is not told who reported it.
      </p>

      <h2 className={h2}>When you send a story to a friend</h2>
      <ul className={ul}>
        <li>
          <strong>Your name and email address, your friend&rsquo;s address and your message</strong> go into
          the email we send for you. We keep them, and the email, so that your friend&rsquo;s link to refuse
          further stories keeps working and so we can answer a complaint about a message.
        </li>
        <li>
          <strong>Your IP address</strong> is kept for {days}, then erased, as for comments.
        </li>
        <li>
          An address that asked never to receive shared stories again is kept on that list, so that we go on
          honouring the request.
        </li>
      </ul>

      <h2 className={h2}>Limits and the forms</h2>
      <p className={p}>
        To stop floods, our servers count recent posts from each IP address for up to seven days; the counts
        then expire. A form can be sent once: we keep a fingerprint of its token and your address (not the
        address itself) until the token expires.
      </p>
      <p className={p}>
        If you tick &ldquo;Save my name, email, and website in this browser&rdquo;, they are kept in your
        browser only, never on our servers, until you untick it.
      </p>

      <h2 className={h2}>Server logs</h2>
      <p className={p}>
        Our application&rsquo;s logs record which page was asked for and how it was answered, not who asked.
        The web server in front of it records the IP address, time and page of each request, to find faults
        and fend off attacks; its operators rotate that log.
      </p>

      <h2 className={h2}>Seeing and erasing what we hold</h2>
      <p className={p}>
        Ask us through the <a href="/contact">contact page</a> and we will send you everything stored under
        your email address, or erase it: your comments are then shown without your name and website (or
        removed, if you ask), shares waiting to be sent are dropped, reply emails stop, and your address is
        removed from what we keep about your shares and comments.
      </p>
    </article>
  );
}
