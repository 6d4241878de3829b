const followers = new Set<() => void>();
let observer: MutationObserver | undefined;

/**
 * Calls `callback` whenever a `lang` attribute changes anywhere in the document's light DOM
 * (the `<html>` element included). One observer serves every element; it is created on the
 * first call, never at import, so modules stay importable where there is no DOM.
 */
export function followLang(callback: () => void): void {
  followers.add(callback);
  if (!observer) {
    observer = new MutationObserver(() => {
      for (const follower of followers) follower();
    });
    observer.observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['lang'],
      subtree: true,
    });
  }
}

/**
 * Tells every follower that a `lang` changed where the observer cannot see it: on an element
 * inside a shadow root, whose descendants (in its own shadow root) follow it.
 */
export function announceLangChange(): void {
  for (const follower of followers) follower();
}

export function unfollowLang(callback: () => void): void {
  followers.delete(callback);
  if (followers.size === 0) {
    observer?.disconnect();
    observer = undefined;
  }
}

/**
 * The language an element is in: its own non-empty `lang`, else the nearest ancestor's,
 * crossing shadow roots to their hosts, else `fallback`. (`lang=""` means "unknown" in HTML,
 * so it is passed over.)
 */
export function langOf(element: Element, fallback = 'en'): string {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element) {
      const lang = node.getAttribute('lang');
      if (lang) return lang;
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return fallback;
}

// Scripts written right to left (ISO 15924). A locale's likely script decides its direction.
const rtlScripts = new Set(['Arab', 'Hebr', 'Thaa', 'Syrc', 'Nkoo', 'Adlm', 'Rohg', 'Mand']);
const directions = new Map<string, 'ltr' | 'rtl'>();

/**
 * The direction of a locale's script: `rtl` for Arabic, Hebrew, Persian, Urdu and every other
 * locale whose likely script is written right to left (`az-Arab` too, `ku-Latn` not).
 */
export function directionOf(locale: string): 'ltr' | 'rtl' {
  let direction = directions.get(locale);
  if (!direction) {
    let script: string | undefined;
    try {
      script = new Intl.Locale(locale).maximize().script;
    } catch {
      script = undefined;
    }
    direction = script && rtlScripts.has(script) ? 'rtl' : 'ltr';
    directions.set(locale, direction);
  }
  return direction;
}
