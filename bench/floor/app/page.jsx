export default function Page() {
  return (
    <main>
      <h1>An empty page</h1>
      <p>A heading and a paragraph: what any Next.js page costs a phone before it carries anything of its own.</p>
    </main>
  );
}
