// The story page's two forms (Leave a Reply, Send this to a friend) posted as a browser without
// JavaScript posts them: a multipart POST of every field the page printed, Next's $ACTION_…
// fields included, to the form's own action address.
import { mintFormToken } from "../../../lib/comments/form-token";

export type StoryForm = {
  /** Where the form posts (its action attribute, without the #fragment). */
  path: string;
  /** Every field the page printed with a value: Next's action fields, storyId, formToken… */
  hidden: Array<[string, string]>;
  storyId: number;
};
export type StoryForms = { comment: StoryForm; share: StoryForm };

/** What came back: the HTTP status and, for a success, whether the page shows the outcome. */
export type PostAnswer = { status: number; body: string } | { status: "no answer"; error: string };

/**
 * A fresh form token for every post, dated 5 s ago: a post within 3 s of its token is refused,
 * and tokens are about to become single-use. The one place a bench mints them, so a change of
 * mintFormToken's signature is a one-line change here.
 */
export function freshFormToken(storyId: number, formSecret: string): string {
  return mintFormToken(storyId, formSecret, Date.now() - 5000);
}

const entities: Record<string, string> = { quot: '"', amp: "&", lt: "<", gt: ">", apos: "'", "#39": "'" };
const decode = (value: string) =>
  value.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (all, name: string) =>
    name.startsWith("#x")
      ? String.fromCodePoint(parseInt(name.slice(2), 16))
      : name.startsWith("#")
        ? String.fromCodePoint(Number(name.slice(1)))
        : (entities[name] ?? all),
  );
const attribute = (tag: string, name: string) =>
  new RegExp(`\\s${name.replace(/\$/g, "\\$")}="([^"]*)"`).exec(tag)?.[1];

/** Reads the story page's comment and share forms from its HTML (React prints both without JavaScript). */
export async function readStoryForms(origin: string, storyPath: string): Promise<StoryForms> {
  const response = await fetch(`${origin}${storyPath}`);
  if (!response.ok) throw new Error(`${storyPath} answered ${response.status}`);
  const html = await response.text();
  const forms = [...html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/g)].filter(([, tag]) =>
    /method="post"/i.test(tag!),
  );
  const read = (field: string): StoryForm => {
    const form = forms.find(([, , inner]) => inner!.includes(`name="${field}"`));
    if (!form) throw new Error(`${storyPath} has no form with a ${field} field`);
    const action = decode(attribute(form[1]!, "action") ?? storyPath);
    const hidden = [...form[2]!.matchAll(/<input\b[^>]*type="hidden"[^>]*>/g)].flatMap(([tag]) => {
      const name = attribute(tag, "name");
      return name ? [[decode(name), decode(attribute(tag, "value") ?? "")] as [string, string]] : [];
    });
    const storyId = Number(hidden.find(([name]) => name === "storyId")?.[1]);
    if (!Number.isInteger(storyId)) throw new Error(`${storyPath}: the ${field} form has no storyId`);
    return { path: action.split("#")[0]!, hidden, storyId };
  };
  return { comment: read("comment"), share: read("recipient") };
}

/**
 * Posts the form with these visible fields and a fresh token, from `clientAddress` (sent as
 * X-Forwarded-For, which the server counts only with TRUST_PROXY=true). Connection failures
 * are an answer too: "no answer".
 */
export async function postForm(
  origin: string,
  form: StoryForm,
  fields: Record<string, string>,
  { formSecret, clientAddress }: { formSecret: string; clientAddress: string },
): Promise<PostAnswer> {
  const body = new FormData();
  for (const [name, value] of form.hidden) {
    if (name !== "formToken") body.append(name, value);
  }
  body.append("formToken", freshFormToken(form.storyId, formSecret));
  body.append("homepage", "");
  for (const [name, value] of Object.entries(fields)) body.append(name, value);
  try {
    const response = await fetch(`${origin}${form.path}`, {
      method: "POST",
      body,
      redirect: "manual",
      headers: { origin, "x-forwarded-for": clientAddress },
    });
    return { status: response.status, body: await response.text() };
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    return { status: "no answer", error: cause?.code ?? cause?.message ?? String(error) };
  }
}
