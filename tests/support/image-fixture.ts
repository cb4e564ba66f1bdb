// Test helper: a real 1x1 PNG (a browser decodes it: naturalWidth 1), and the
// first bytes of the other accepted kinds.
export const PNG_1X1 = Uint8Array.from(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64'));
export const JPEG_START = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46]);
export const GIF_START = new TextEncoder().encode('GIF89a\x01\x00\x01\x00');
export const WEBP_START = new TextEncoder().encode('RIFF\x1a\x00\x00\x00WEBPVP8L');
export const SVG = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
