export interface Block {
  readme: string;
  lang: string;
  line: number;
  code: string;
  skip?: string;
}
export const root: string;
export function readmes(): string[];
export function blocks(readme: string): Block[];
export function relativeToRoot(path: string): string;
