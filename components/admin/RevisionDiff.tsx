import type { DiffPart, FieldDiff } from "@/lib/newsroom/revision-diff";

/** Words kept, removed (struck through) and added (underlined), each change also said in words. */
function DiffParts({ parts }: { parts: DiffPart[] }) {
  return parts.map((part, index) =>
    part.change === "removed" ? (
      <del key={index} className="bg-[#fbe4e4] text-[#7a1010] dark:bg-[#4a1d1d] dark:text-[#ffd6d6]">
        <span className="sr-only">[removed: </span>
        {part.text}
        <span className="sr-only">]</span>
      </del>
    ) : part.change === "added" ? (
      <ins key={index} className="bg-[#e1f3e4] text-[#14532d] dark:bg-[#173d22] dark:text-[#d3f5dc]">
        <span className="sr-only">[added: </span>
        {part.text}
        <span className="sr-only">]</span>
      </ins>
    ) : (
      <span key={index}>{part.text}</span>
    ),
  );
}

/**
 * What changed between two revisions, field by field: removed words struck through, added ones
 * underlined, each also said in words for screen readers (which do not announce <del>/<ins>).
 */
export function RevisionDiff({ diffs }: { diffs: FieldDiff[] }) {
  if (diffs.length === 0) return <p className="mt-4">These two revisions have the same content.</p>;
  return (
    <dl className="mt-4 space-y-4">
      {diffs.map((diff) => (
        <div key={diff.field}>
          <dt className="font-semibold">{diff.label}</dt>
          <dd className="border-rule dark:border-rule-dark mt-1 space-y-3 rounded border p-3 font-serif">
            {diff.blocks.map((block, index) =>
              "unchanged" in block ? (
                <p key={index} className="text-muted dark:text-muted-dark font-sans text-sm italic">
                  {block.unchanged === 1 ? "1 paragraph" : `${block.unchanged} paragraphs`} unchanged
                </p>
              ) : (
                <p key={index} className="whitespace-pre-wrap">
                  <DiffParts parts={block.parts} />
                </p>
              ),
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}
