import type { ImageMetadata } from 'astro';
import type { Article } from '../schemas/article.ts';

/*
 * Article pictures live under content/images/ and go through Astro's image pipeline (<Image>:
 * resized, converted, sized to avoid layout shift). An override may name one (`image`, relative
 * to content/images/); otherwise the convention is
 *   content/images/<edition>/<slug>.(jpg|jpeg|png|webp|avif|gif)
 * e.g. content/images/2025-06-18/chong-qing-wan-jia-wu-ren-ji-deng.jpg. With neither, a photo
 * article gets a drawn placeholder, never a broken <img>.
 */
const images = import.meta.glob<ImageMetadata>(
  '/content/images/**/*.{jpg,jpeg,png,webp,avif,gif}',
  { eager: true, import: 'default' },
);

const EXTENSIONS = ['jpg', 'jpeg', 'png', 'webp', 'avif', 'gif'];
const warned = new Set<string>();

/** The picture for an article: the override's file if it exists, else the convention's, if any. */
export function findArticleImage(
  data: Pick<Article, 'edition' | 'slug' | 'image'>,
): ImageMetadata | undefined {
  if (data.image) {
    const path = '/content/images/' + data.image.replace(/^\.?\/+/, '');
    const image = images[path];
    if (image) return image;
    // Fall back rather than fail: a missing file must not take the site down, but say so once.
    if (!warned.has(path))
      console.warn(`[images] ${path.slice(1)} not found (override of ${data.slug})`);
    warned.add(path);
  }
  for (const ext of EXTENSIONS) {
    const image = images['/content/images/' + data.edition + '/' + data.slug + '.' + ext];
    if (image) return image;
  }
  return undefined;
}
