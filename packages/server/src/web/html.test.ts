import { describe, expect, it } from 'vitest';
import { escapeHtml, html, jsonScript, safeHref, toString } from './html.js';

describe('html', () => {
  it('escapes every interpolated string, in text and in attributes', () => {
    const hostile = `<img src=x onerror="alert(1)"> & ' \``;
    const out = toString(html`<p title="${hostile}">${hostile}</p>`);
    expect(out).toBe(
      '<p title="&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; &#39; &#96;">&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; &#39; &#96;</p>',
    );
  });

  it('keeps Html built by the tag, flattens lists and drops nothing-values', () => {
    const items = ['a<b', 'c'].map((x) => html`<li>${x}</li>`);
    const list = html`<ul>
      ${items}${null}${undefined}${false}${3}
    </ul>`;
    expect(toString(list).replace(/\s+/g, '')).toBe('<ul><li>a&lt;b</li><li>c</li>3</ul>');
    expect(toString(html`${NaN}${Infinity}`)).toBe('');
  });

  it('cannot be fooled by an object that looks like Html', () => {
    const fake = { value: '<script>alert(1)</script>' } as unknown as string;
    expect(toString(html`${fake}`)).toBe('[object Object]');
  });

  it('escapeHtml leaves ordinary text alone', () => {
    expect(escapeHtml('Grüße aus Ravenna – 100 %')).toBe('Grüße aus Ravenna – 100 %');
  });
});

describe('jsonScript', () => {
  it('embeds data that cannot close the script element or open a comment, and reads back equal', () => {
    const data = { text: '</script><script>alert(1)</script><!-- & \u2028\u2029 →' };
    const out = toString(jsonScript('ck-data', data));
    expect(out.startsWith('<script type="application/json" id="ck-data">')).toBe(true);
    const body = out.slice(out.indexOf('>') + 1, out.lastIndexOf('</script>'));
    expect(body).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(body)).toEqual(data);
  });
});

describe('safeHref', () => {
  it('keeps web, mail and local links and turns anything else into #', () => {
    expect(safeHref('https://example.org/x')).toBe('https://example.org/x');
    expect(safeHref('mailto:dpo@example.org')).toBe('mailto:dpo@example.org');
    expect(safeHref('/ravenna/privacy')).toBe('/ravenna/privacy');
    for (const bad of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'data:text/html,x',
      '//evil.example',
      'vbscript:x',
    ])
      expect(safeHref(bad), bad).toBe('#');
  });
});
