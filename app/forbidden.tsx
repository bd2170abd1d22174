export default function Forbidden() {
  return (
    <main id="content" className="mx-auto max-w-2xl px-4 py-16 font-sans">
      <h1 className="text-3xl font-bold">Not allowed</h1>
      <p className="mt-4">
        Your role does not include this part of the newsroom. Ask an admin if you need it.
      </p>
      <p className="mt-4">
        <a href="/admin" className="underline">
          Back to the newsroom
        </a>
      </p>
    </main>
  );
}
