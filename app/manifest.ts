import type { MetadataRoute } from 'next';

/** The app's name and icon when a phone adds it to the home screen. */
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: 'Cramjam',
    short_name: 'Cramjam',
    description: 'Live quiz games for study groups',
    start_url: '/',
    display: 'standalone',
    background_color: '#12132a',
    theme_color: '#5b4ef0',
    icons: [
      { src: '/icon.svg', sizes: 'any', type: 'image/svg+xml' },
      { src: '/apple-icon.png', sizes: '180x180', type: 'image/png' },
    ],
  };
}
