import 'react';

declare module 'react' {
  interface ImgHTMLAttributes<T> extends HTMLAttributes<T> {
    /**
     * Element Timing: names an image whose paint the browser reports. `lead` marks a page's lead image,
     * which the framework's scripts wait for (server/paint-first-scripts.mjs).
     */
    elementtiming?: string;
  }
}
