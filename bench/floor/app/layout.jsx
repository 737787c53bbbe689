/** The framework's floor: the smallest Next.js page, built and served like NewsHub, measured beside it. */
export const metadata = { title: 'Empty page' };

export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
