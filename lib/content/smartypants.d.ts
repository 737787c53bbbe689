declare module 'smartypants' {
  /** `attributes`: q quotes, b backticks, d "--" as an em dash, D "--" en and "---" em, e ellipses. */
  export function smartypantsu(text: string, attributes?: string | number): string;
  export function smartypants(text: string, attributes?: string | number): string;
}
