import Link from "next/link";

export default function Forbidden() {
  return (
    <div className="mx-auto max-w-md py-12 text-center">
      <h1 className="text-2xl font-bold">Not allowed</h1>
      <p className="mt-2 text-slate-600 dark:text-slate-400">
        Your role cannot open this page. Ask an admin if you need it.
      </p>
      <Link href="/admin" className="mt-4 inline-block text-blue-700 hover:underline dark:text-blue-400">
        Back to the articles
      </Link>
    </div>
  );
}
