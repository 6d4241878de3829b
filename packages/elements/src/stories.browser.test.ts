/// <reference types="vite/client" />
// Every story of every component (src/components/**/*.stories.ts, CSF3 as Storybook reads them)
// rendered with Lit and checked with axe-core, in English and in Arabic (right to left): a story
// that renders nothing, throws or has a WCAG 2.1 AA violation fails here, without Storybook.
// New stories files are picked up by the glob; nothing to register.
import { render, type TemplateResult } from 'lit';
import { afterEach, describe, expect, it } from 'vitest';
import { expectAccessible } from './test-support/axe.js';
import { settled } from './test-support/fixture.js';

type Args = Record<string, unknown>;
type RenderStory = (args: Args, context: StoryContext) => TemplateResult;

interface StoryContext {
  args: Args;
  globals: { locale: string; theme: string };
  id: string;
  name: string;
  title: string;
}

interface Story {
  name?: string;
  args?: Args;
  render?: RenderStory;
}

interface Meta extends Story {
  title?: string;
  component?: string;
  includeStories?: string[] | RegExp;
  excludeStories?: string[] | RegExp;
}

type StoriesModule = { default?: Meta } & Record<string, unknown>;

const modules = import.meta.glob<StoriesModule>('./components/**/*.stories.ts', { eager: true });

const matches = (name: string, filter: string[] | RegExp) =>
  Array.isArray(filter) ? filter.includes(name) : filter.test(name);

/** The stories of a CSF module: its named exports (objects or render functions), as Storybook picks them. */
function storiesOf(module: StoriesModule): [string, Story][] {
  const meta = module.default ?? {};
  return Object.entries(module)
    .filter(([name]) => name !== 'default' && name !== '__namedExportsOrder')
    .filter(([name]) => !meta.includeStories || matches(name, meta.includeStories))
    .filter(([name]) => !meta.excludeStories || !matches(name, meta.excludeStories))
    .flatMap(([name, value]): [string, Story][] =>
      typeof value === 'function'
        ? [[name, { render: value as RenderStory }]]
        : value && typeof value === 'object'
          ? [[name, value as Story]]
          : [],
    );
}

const containers: HTMLElement[] = [];
afterEach(() => {
  for (const container of containers.splice(0)) {
    render(null, container);
    container.remove();
  }
});

describe('stories', () => {
  it('finds the stories files', () => {
    expect(Object.keys(modules).length).toBeGreaterThan(0);
  });

  for (const [file, module] of Object.entries(modules)) {
    const meta = module.default ?? {};
    const title = meta.title ?? file;
    describe(title, () => {
      it('has a default export with a title and a render function', () => {
        expect(meta.title, `${file}: default export needs a title`).toMatch(/\S/);
        expect(storiesOf(module).length, `${file}: no stories`).toBeGreaterThan(0);
      });

      for (const [exportName, story] of storiesOf(module)) {
        const name = story.name ?? exportName;
        for (const lang of ['en', 'ar']) {
          it(`${name} renders without WCAG 2.1 AA violations in ${lang}`, async () => {
            const renderStory = story.render ?? meta.render;
            expect(renderStory, `${file} ${exportName}: no render function`).toBeTypeOf('function');
            const args = { ...meta.args, ...story.args };
            // A story that chose its language (an Arabic story) keeps it; the others, with a
            // component-wide default `lang` arg or none, take the language of the run, as they
            // take the toolbar's locale in Storybook.
            if ('lang' in args && story.args?.lang === undefined) args.lang = lang;
            const context: StoryContext = {
              args,
              globals: { locale: lang, theme: 'light' },
              id: `${title}--${exportName}`,
              name,
              title,
            };
            const container = document.createElement('div');
            container.lang = lang;
            container.dir = lang === 'ar' ? 'rtl' : 'ltr';
            document.body.append(container);
            containers.push(container);
            render(renderStory!(args, context), container);
            await settled(container);
            // A story must show something: an element with shadow content, or light DOM text.
            const shown = [...container.querySelectorAll('*')].some(
              (e) => (e.shadowRoot?.childElementCount ?? 0) > 0,
            );
            expect(
              shown || container.textContent!.trim() !== '',
              'the story rendered nothing',
            ).toBe(true);
            await expectAccessible(container);
          });
        }
      }
    });
  }
});
