/** The site's buttons (and links that look like them), in a few variants and sizes. */

export type ButtonVariant = 'primary' | 'danger' | 'quiet';
export type ButtonSize = 'sm' | 'md' | 'lg';

const base = 'inline-flex items-center justify-center rounded font-medium disabled:cursor-wait disabled:opacity-60';
const variants: Record<ButtonVariant, string> = {
  primary: 'bg-ink text-paper hover:bg-accent',
  danger: 'bg-accent text-paper hover:bg-ink',
  quiet: 'border rule bg-transparent text-ink hover:border-ink',
};
const sizes: Record<ButtonSize, string> = {
  sm: 'px-3 py-1.5 text-sm',
  md: 'px-4 py-2',
  lg: 'px-5 py-2.5',
};

/** Classes for a button-like element; for a `<Link>` styled as a button. */
export function buttonClass({
  variant = 'primary',
  size = 'md',
  className = '',
}: { variant?: ButtonVariant; size?: ButtonSize; className?: string } = {}): string {
  return `${base} ${variants[variant]} ${sizes[size]} ${className}`.trim();
}

type Props = React.ButtonHTMLAttributes<HTMLButtonElement> & { variant?: ButtonVariant; size?: ButtonSize };

export function Button({ variant, size, className, type = 'button', ...rest }: Props) {
  return <button type={type} className={buttonClass({ variant, size, className })} {...rest} />;
}
