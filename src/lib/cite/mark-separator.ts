/**
 * What stands between the marks of one citation (¹,⁵): a comma, and in Arabic
 * the Arabic comma and a space. Between two digits a comma of either script
 * joins them into one number read left to right ("1,5"); the space keeps them
 * apart, so that on a right-to-left line each number takes its place in
 * reading order. Shared by the pages, the Markdown processor and the funding
 * scripts, hence a module of its own with no imports.
 * @see https://www.unicode.org/reports/tr9/#W4
 */
export const markSeparator = (lang: string): string => (lang === 'ar' ? '، ' : ',');
