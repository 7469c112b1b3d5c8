import type { ImageMetadata } from 'astro';

/*
 * Photo convention: the picture for a photo article lives at
 *   content/images/<edition>/<slug>.(jpg|jpeg|png|webp)
 * e.g. content/images/2025-06-18/chong-qing-wan-jia-wu-ren-ji-deng.jpg. Files found here go through
 * Astro's image pipeline (<Image>: resized, converted, sized to avoid layout shift); a photo article
 * without one gets a drawn placeholder instead of a broken <img>.
 */
const images = import.meta.glob<ImageMetadata>('/content/images/**/*.{jpg,jpeg,png,webp}', {
  eager: true,
  import: 'default',
});

const EXTENSIONS = ['jpg', 'jpeg', 'png', 'webp'];

/** The image file for a photo article, if one has been placed under `content/images/`. */
export function findPhotoImage(edition: string, slug: string): ImageMetadata | undefined {
  for (const ext of EXTENSIONS) {
    const image = images['/content/images/' + edition + '/' + slug + '.' + ext];
    if (image) return image;
  }
  return undefined;
}
