export default function Home() {
  return (
    <main className="mx-auto max-w-md p-6">
      <h1 className="text-4xl font-black tracking-tight text-indigo-700">Cramjam</h1>
    </main>
  );
}
