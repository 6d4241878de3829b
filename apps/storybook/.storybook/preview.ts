// Every story renders inside the locale and theme chosen in the toolbar: `lang` and `dir` on
// <html> and on a wrapper around the story (the elements follow the nearest `lang`), and
// `data-ck-theme` on <html> with the package's tokens.css loaded. Many stories also have `lang`
// and `theme` args of their own (an Arabic story, a dark one): at the toolbar's defaults
// (English, light) those win, so each story shows what it is about; choosing another locale or
// theme in the toolbar applies it to every story. Controls come from the elements'
// custom-elements manifest (built by `npm run build` in packages/elements).
import { setCustomElementsManifest } from '@storybook/web-components';
import type { Decorator, Preview } from '@storybook/web-components-vite';
import manifest from '@competence-kit/elements/custom-elements.json';
import '@competence-kit/elements/tokens.css';
import { html } from 'lit';
import './preview.css';

setCustomElementsManifest(manifest);

const locales = [
  { value: 'en', title: 'English', dir: 'ltr' },
  { value: 'de', title: 'Deutsch', dir: 'ltr' },
  { value: 'it', title: 'Italiano', dir: 'ltr' },
  { value: 'es', title: 'Español', dir: 'ltr' },
  { value: 'ar', title: 'العربية', dir: 'rtl' },
  { value: 'uk', title: 'Українська', dir: 'ltr' },
  { value: 'tr', title: 'Türkçe', dir: 'ltr' },
  { value: 'fr', title: 'Français', dir: 'ltr' },
  { value: 'fa', title: 'فارسی / دری', dir: 'rtl' },
  { value: 'ps', title: 'پښتو', dir: 'rtl' },
  { value: 'ti', title: 'ትግርኛ', dir: 'ltr' },
  { value: 'ur', title: 'اردو', dir: 'rtl' },
] as const;

const withLocaleAndTheme: Decorator = (story, { args, globals }) => {
  const locale = locales.find((l) => l.value === globals.locale) ?? locales[0];
  const theme = globals.theme === 'dark' ? 'dark' : 'light';
  const root = document.documentElement;
  root.lang = locale.value;
  root.dir = locale.dir;
  root.dataset.ckTheme = theme;
  const overrides: Record<string, string> = {};
  if (locale.value !== 'en' && 'lang' in args) overrides.lang = locale.value;
  if (theme !== 'light' && 'theme' in args) overrides.theme = theme;
  const content =
    Object.keys(overrides).length > 0 ? story({ args: { ...args, ...overrides } }) : story();
  return html`<div lang=${locale.value} dir=${locale.dir}>${content}</div>`;
};

const preview: Preview = {
  tags: ['autodocs'],
  decorators: [withLocaleAndTheme],
  globalTypes: {
    locale: {
      description: 'The language of the page around the story',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: locales.map(({ value, title }) => ({ value, title, right: value })),
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'The theme of the --ck-* tokens (tokens.css)',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Light', icon: 'sun' },
          { value: 'dark', title: 'Dark', icon: 'moon' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en', theme: 'light' },
  parameters: {
    controls: { expanded: true },
    // The same rules as the browser tests (src/test-support/axe.ts): WCAG 2.1 A and AA.
    a11y: {
      options: { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } },
    },
  },
};

export default preview;
