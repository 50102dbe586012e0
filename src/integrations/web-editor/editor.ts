/**
 * The web editor's script: Sveltia CMS from the installed package (its npm
 * build, which bundles its fonts, icons and helpers instead of fetching them
 * from a CDN), started with the `config.yml` beside the page.
 */
import CMS from '@sveltia/cms';

void CMS.init();
