/** The app's Tailwind stylesheet, lowered for the phone's browsers (Next.js's targets). */
export declare function phoneStylesheet(): Promise<string>;
