/**
 * A journey is a file of steps that share one story (one dossier, the same people). A step whose
 * body stops on an error leaves the story broken, so the later steps are reported as skipped
 * rather than failing for a reason that is not theirs. A step that ran to its end but missed a
 * soft expectation (`expect.soft`: something the user should have seen) fails on its own and the
 * story goes on.
 */
import { it, type TestContext } from 'vitest';

export type Step = (name: string, body: (context: TestContext) => Promise<void>) => void;

export function journey(onFailure: (step: string) => Promise<void>): Step {
  let broken: string | undefined;
  return (name, body) => {
    it(name, async (context) => {
      if (broken !== undefined) context.skip(`an earlier step stopped the journey: ${broken}`);
      let finished = false;
      context.onTestFailed(async () => {
        if (!finished) broken = name;
        await onFailure(name);
      });
      await body(context);
      finished = true;
    });
  };
}

/** `Đăng ký khai sinh` → `dang-ky-khai-sinh`, for file names. */
export function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/gi, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
}
